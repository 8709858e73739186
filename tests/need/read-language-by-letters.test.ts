import { describe, expect, it } from 'vitest';
import { detectReadLanguage } from '../../agent/need/index.ts';

// A script decides the language only when it writes more of the request's letters than the Latin alphabet does: one
// Cyrillic model name, one kana brand or a unit sign (Ω, µ) in an English or French request leaves it English or
// French. Han with no kana is not Japanese (it reads as Chinese would: not a language the butler reads, so the
// Latin words decide). Rows written for mendrev38 beside review38b's probes.
const CASES: readonly (readonly [string, string])[] = [
  ['running shoes like the Мотив, max 100', 'en'],
  ['a kettle for my mum, something like the Мотив model, under 60', 'en'],
  ['chaussures de running comme les Мотив, max 100', 'fr'],
  ['une bouilloire comme la Чайник, moins de 50 euros', 'fr'],
  ['running shoes for my son, the Ω model, max 90', 'en'],
  ['headphones, max 100, impedance under 32 Ω', 'en'],
  ['headphones, max 100, 10Ω impedance or lower', 'en'],
  ['a hair dryer with a 5 µm filter, max 60', 'en'],
  ['running shoes by アシックス, max 120', 'en'],
  ['headphones like the Sony Walkman ウォークマン style, under 100', 'en'],
  ['wireless earbuds, max 100, 耳机', 'en'],
  ['a rice cooker, the 象印 one, under 150', 'en'],
];

// Requests written in the script keep their language, brand and model names in Latin letters beside.
const IN_SCRIPT: readonly (readonly [string, string])[] = [
  ['Ищу беспроводные наушники Sony WH-1000XM5, до 15000 рублей', 'ru'],
  ['Ψάχνω ασύρματα ακουστικά Sennheiser, μέχρι 200 ευρώ', 'el'],
  ['ワイヤレスヘッドホンを探しています、3万円以下', 'ja'],
  ['ソニーのWH-1000XM5が欲しい、4万円以下', 'ja'],
  ['Sony WH-1000XM5 ヘッドホン、4万円以下でお願いします', 'ja'],
];

describe('a foreign word, name or unit sign does not decide the language', () => {
  for (const [text, language] of CASES) it(text, () => expect(detectReadLanguage(text)).toBe(language));
});

describe('a request written in a script is read in its language', () => {
  for (const [text, language] of IN_SCRIPT) it(text, () => expect(detectReadLanguage(text)).toBe(language));
});
