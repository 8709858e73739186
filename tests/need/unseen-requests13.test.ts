import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_13, UNSEEN_REQUESTS_13 } from './unseen-requests13-table.ts';

// Eighty requests written blind (requests13, see the table's header: short chat, search-box and dictated messages),
// read at the table's own clock (Thursday 3 December). Measured once, with no fix made after seeing them: 26/80 read
// right on main (b2c7f0e), 27/80 after reqfix29 (fixes made on set 12 before this set was opened: the robot mower's
// "five hundred square meters" and "a thousand euros" in words), 41/80 after reqfix30 (a development set from then on:
// makers typed in lower case after a negation or joined by "+", `plain-makers.test.ts`; words typed short, "pr",
// "svp", "ppl", `chat-abbreviations.test.ts`; bags counted, `container-counts.test.ts`); "robot vaccum" reads as a vacuum since reqfix34 (a stand-in word beside a product's
// name is its kind, `stand-in-beside-product.test.ts`); "livre pour noel" is a deadline since reqfix36 (a present for a
// holiday must be there by it, `deadline-holidays-and-spans.test.ts`): 43/80. Every row must read right except the ones listed in
// KNOWN_GAPS; their reasons are the judge's own findings at measurement time (what is missing or wrong), not yet
// diagnosed. A gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["um so I need a kettle, like, one that's not plastic cos it smells, and uh with temperature control for my tea, seventy euros maybe", "measured, not yet read right: [budget] budget none, expected 7000"],
  ["machine a cafe broyeur grain avec mousseur a lait, 1 299 € max svp", "measured, not yet read right: [hard] missing grinder eq true; [language] language en, expected fr"],
  ["ground coffee for espresso dark roast 500g fair trade pls, 3 packs, max 15e each", "measured, not yet read right: [budget] budget 4500 EUR, expected 1500"],
  ["womens trail running shoes size 39 waterproof < 160 eur 🏃‍♀️", "measured, not yet read right: [hard] missing gender eq women"],
  ["chaussures de course sur route homme pointure 42,5 drop 8mm max, vegan svp, environ 140 €", "measured, not yet read right: [hard] missing gender eq men; [hard] missing drop_mm lte 8"],
  ["backpack that fits my 15.6\" laptop + a water bottle, waterproof, black, 100 bucks max", "measured, not yet read right: [hard] missing color eq black"],
  ["velo route carbone cadre 56 cm max 1 800€ livre avant noel", "measured, not yet read right: [hard] missing frame_size_cm eq 56"],
  ["kids bike 16 inch for my nephew 5yo 🚲 no white, under 250", "measured, not yet read right: [hard] missing wheel_size_in eq 16"],
  ["cabin size hard shell suitcase 4 wheels polycarbonate <3kg 200e, need it before i fly out tuesday ✈️", "measured, not yet read right: [hard] missing wheels eq 4; [hard] missing material eq polycarbonate"],
  ["big check-in suitcase approx 100L, soft shell ok, anything but samsonite, max. 300€", "measured, not yet read right: [hard] missing cabin_size ~ false; [hard] missing maker not-in Samsonite"],
  ["jeu de societe strategie en francais parties de 60 min max pas de hasbro 50 e", "measured, not yet read right: [hard] missing maker not-in Hasbro; [budget] budget none, expected 5000"],
  ["1000 pc jigsaw puzzle, wooden, for adults, max 45 EUR", "measured, not yet read right: [hard] missing pieces eq 1000"],
  ["mirrorless full frame w/ 4k video, body only, 1,299.00 USD max", "measured, not yet read right: [hard] missing kit_lens eq false"],
  ["appareil photo instantane pour ma niece de 12 ans, rose, 100€ max", "measured, not yet read right: [hard] missing color ~ blossom pink"],
  ["office chair w/ lumbar support + headrest, mesh, holds 130kg+, not ikea, 400-500€, this weekend if poss", "measured, not yet read right: [hard] missing material eq mesh; [hard] missing maker not-in Ikea"],
  ["fauteuil de bureau accoudoirs reglables, garantie min 5 ans, tissu gris, €350,-", "measured, not yet read right: [hard] missing material eq fabric; [hard] missing color eq grey"],
  ["27\" 4k monitor usb-c height adjustable ips max €450", "measured, not yet read right: [hard] missing screen_in eq 27"],
  ["gaming monitor 24in 240hz+ full hd, anything but a va panel, 300e", "measured, not yet read right: [hard] missing screen_in eq 24; [hard] missing panel not-in va"],
  ["organic loose green tea 100g, not flavoured, 3 of them, <€15 each", "measured, not yet read right: [budget] budget 4500 EUR, expected 1500"],
  ["enceinte wifi avec assistant vocal pr la cuisine, pas besoin de batterie, blanche, ~200e", "measured, not yet read right: [hard] missing color eq white"],
  ["55 inch oled tv 120hz hdmi 2.1 for the ps5, max 1.5k, not lg", "measured, not yet read right: [hard] missing screen_in eq 55; [hard] missing refresh_hz gte 120; [hard] missing maker not-in LG"],
  ["aspirateur traineau filaire avec sac, silencieux moins de 70 dB, 150 balles, livre dans 3 jours max", "measured, not yet read right: [hard] missing cordless eq false; [hard] missing bagless eq false"],
  ["android phone 5g 256gb 5000mah+ no samsung, black, ≤ 500€", "measured, not yet read right: [hard] missing maker not-in Samsung; [hard] missing color eq black"],
  ["tel android pas cher ecran 6,7 pouces 128 go, pas plus de 250 balles, livre d'ici samedi", "measured, not yet read right: [category] got unsupported: Aucune marque connectée ne vend la catégorie livres imprimés (taxonomie produits"],
  ["sonic toothbrush w/ pressure sensor w/o app, 2 pack, approx €100, within a week", "measured, not yet read right: [hard] missing pack_size eq 2"],
  ["yoga mat pvc free, natural rubber, non slip, ≤ €90 🧘", "measured, not yet read right: [hard] missing material eq natural rubber"],
  ["thick yoga mat 8mm for my mom, lighter than 2kg, purple pls, 50e", "measured, not yet read right: [hard] missing color eq purple"],
  ["veste de pluie femme impermeable taille M a capuche, pas de gore-tex (trop cher), 120e", "measured, not yet read right: [hard] missing material not-in Gore-Tex"],
  ["memory foam matress 160x200 medium, 100 night trial min, approx 700e", "measured, not yet read right: [hard] missing size ~ 160 x 200 cm"],
  ["matelas 90x200 ferme pour mon fils, pas ikea, 1 an d essai (365 nuits), max 400€", "measured, not yet read right: [hard] missing size ~ 90 x 200 cm; [hard] missing trial_nights gte 365; [hard] missing maker not-in Ikea"],
  ["okay so my dog is a senior lab big boy and he needs grain free dry food like a twelve kilo bag or so and uh under eighty euros please", "measured, not yet read right: [hard] missing dog_size eq large"],
  ["croquettes chiot petite race sans cereales 3kg, pas de pedigree, 2 sacs, 40e max le sac, pour lundi", "measured, not yet read right: [hard] missing maker not-in Pedigree; [quantity] quantity 1, expected 2"],
  ["cordless hammer drill 18v w/ 2 batteries, at least 60 Nm, not black+decker, €199", "measured, not yet read right: [hard] missing voltage_v eq 18; [hard] missing maker not-in Black+Decker"],
  ["visseuse a choc makita 18v sans batterie (j'ai deja celles de ma tondeuse), max 150e", "measured, not yet read right: [hard] missing drill_type eq impact-driver; [hard] missing maker in Makita; [hard] missing voltage_v eq 18; [hard] missing batteries_included eq 0"],
  ["isofix car seat that fits my cybex stroller, baby is 9 months, ≤ €300", "measured, not yet read right: [category] got 568"],
  ["un cadeau pour ma soeur qui fait du yoga et du camping, 60 balles", "measured, not yet read right: [category] got 3640"],
]);

describeBlindSet('requests13: eighty blind requests typed on a phone, in a search box or dictated (EN/FR, demo market)', UNSEEN_REQUESTS_13, KNOWN_GAPS, { rows: 80, french: 30, now: UNSEEN_NOW_13 });
