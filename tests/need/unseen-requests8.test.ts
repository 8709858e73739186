import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './unseen-requests-judge.ts';
import { UNSEEN_REQUESTS_8 } from './unseen-requests8-table.ts';

// Eighty requests written blind (requests8, see the table's header): 31/80 read right when first run on main (7c083f4),
// 33/80 with this branch's first fixes (counts in words, IP-code scale: 2974ecb). Every row
// must read right except the ones listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes must be
// removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["need a kettle that does different temps for green tea glass or steel whatever just not plastic under 70 quid", "baseline, not yet analysed: [hard] missing temperature_control eq true"],
  ["bouilloire petite contenance 0,9 L pr le bureau, blanche, 40e max", "baseline, not yet analysed: [hard] missing color eq white"],
  ["do you have a blender that can heat soup? 2 litre jug if possible, budget around €150", "baseline, not yet analysed: [hard] missing heating eq true; [budget] budget 15000 EUR, expected 16500"],
  ["headphones like my old Sony ones but lighter, under 200 g, and they must connect to my laptop and phone at the same time", "baseline, not yet analysed: [hard] missing weight_g lte 200; [hard] missing multipoint eq true"],
  ["trail running shoes, waterproof, men's EU 44, under 140€", "baseline, not yet analysed: [hard] missing gender eq men"],
  ["chaussures de running femme pointure 39, vegan, pas roses 😅", "baseline, not yet analysed: [hard] missing gender eq women"],
  ["US 10 men's road running shoes with a firm ride, $130 max", "baseline, not yet analysed: [hard] missing gender eq men"],
  ["strolller that fits in the overhead bin, suitable from birth, under 6.5kg", "baseline, not yet analysed: [hard] missing cabin_size eq true"],
  ["un Playmobil pour ma fille de quatre ans, pour Noël", "baseline, not yet analysed: [category] got ask:category: Quel genre de cadeau dois-je chercher pour votre fille ? Les marques connectées ; [hard] missing maker eq Playmobil; [deadline] deadline none, expected 2026-12-24 or 2026-12-25; [recipient] recipient {\"gift\":true,\"who\":\"daughter\",\"occasion\":\"christmas\"}, expected age 4"],
  ["dinosaur jigsaw puzzle for a five year old", "baseline, not yet analysed: [hard] missing motif ~ Dinosaurs; [recipient] recipient undefined, expected age 5"],
  ["kids bike w/ 20 inch wheels for my grandson hes 7 needs to arrive by next Friday", "baseline, not yet analysed: [deadline] deadline 2026-12-04T23:59:59.999Z, expected 2026-12-11; [recipient] recipient undefined, expected grandson; [recipient] recipient undefined, expected age 7"],
  ["road cycling helmet with MIPS, under 300 g, white, size L", "baseline, not yet analysed: [hard] missing color eq white"],
  ["casque de vélo enfant taille S rose 30€", "baseline, not yet analysed: [hard] missing color eq pink"],
  ["office chair in mesh, no leatherette, warranty of 5 years or more, <400€", "baseline, not yet analysed: [hard] missing material eq mesh"],
  ["washer 10kg 1600 spin, quiet (72 dB or less), Miele or Bosch, delivered within a week", "baseline, not yet analysed: [hard] missing spin_rpm ~ 1600"],
  ["a Dyson hair dryer as a gift for my wife, max 450 €", "baseline, not yet analysed: [hard] missing maker eq Dyson"],
  ["Fairphone or Pixel, 256 GB, 5G, not black, £500 max", "baseline, not yet analysed: [category] got 2073; [hard] missing maker in Fairphone; [hard] missing maker in Google; [hard] missing storage_gb ~ 256; [hard] missing five_g eq true; [hard] missing color not-in black"],
  ["instant camera for a friend turning 30, pastel blue or mint green, under 100 CHF", "baseline, not yet analysed: [hard] missing color in pastel blue; [hard] missing color in mint green; [recipient] recipient {\"gift\":false,\"who\":\"friend\"}, expected age 30"],
  ["appareil photo compact capteur 1 pouce avec video 4K, 800€", "baseline, not yet analysed: [hard] missing sensor eq 1-inch"],
  ["sac de couchage en duvet taille long pour quelqu'un d'1m95, confort 0°C", "baseline, not yet analysed: [hard] missing size eq long; [hard] missing comfort_temp_c lte 0; [budget] budget 9500 EUR, expected none"],
  ["large checked suitcase around 100 L polycarbonate 4 spinner wheels Samsonite and not over 5kg empty", "baseline, not yet analysed: [hard] missing cabin_size eq false; [hard] missing material eq polycarbonate; [hard] missing wheels ~ 4; [hard] missing maker eq Samsonite"],
  ["men's parka, size XXL, waterproof, black or navy, under 400 pounds, by Friday", "baseline, not yet analysed: [budget] budget none, expected 40000"],
  ["natural rubber yoga mat, extra long (185 cm or more), any colour but black", "baseline, not yet analysed: [hard] missing material eq natural rubber"],
  ["loose leaf rooibos, 100 g tin, Dammann Frères or Mariage Frères", "baseline, not yet analysed: [hard] missing maker in Dammann Frères; [hard] missing maker in Mariage Frères; [language] language fr, expected en"],
  ["smth for my coffee corner ~50€", "baseline, not yet analysed: [category] got coffee"],
]);

describe('requests8: eighty requests nobody had typed before (EN/FR, open world, demo market)', () => {
  it('has 80 distinct requests, 30 in French', () => {
    expect(UNSEEN_REQUESTS_8.length).toBe(80);
    expect(UNSEEN_REQUESTS_8.filter((r) => r.lang === 'fr').length).toBe(30);
    expect(new Set(UNSEEN_REQUESTS_8.map((r) => r.text)).size).toBe(80);
  });

  it('reads every request right but the known gaps, and every known gap still fails', () => {
    const { report, unexpected, closed } = judgeBlindSet(UNSEEN_REQUESTS_8, KNOWN_GAPS);
    console.log(report);
    expect(unexpected, report).toEqual([]);
    expect(closed, 'known gaps that now read right: remove them from KNOWN_GAPS').toEqual([]);
  });

  it('lists only rows of the table as known gaps', () => {
    const texts = new Set(UNSEEN_REQUESTS_8.map((r) => r.text));
    expect([...KNOWN_GAPS.keys()].filter((t) => !texts.has(t))).toEqual([]);
  });
});
