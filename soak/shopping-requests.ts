/** What the soak's person asks for, in turn: complete needs for running shoes, so every request shops all brands. */
export const SHOPPING_REQUESTS: readonly string[] = [
  'waterproof trail shoes size 43 under 150 euros',
  'trail running shoes size 42 under 180 euros',
  'road running shoes size 44 under 130 euros',
  'light trail shoes size 41 under 200 euros',
  'running shoes size 45 under 160 euros',
];
