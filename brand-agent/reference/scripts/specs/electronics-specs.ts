// Electronics (222) and Cameras & Optics (141): phones, laptops, tablets, televisions, speakers, monitors,
// e-readers, digital cameras.
import { flag, num, oneOf, type CategorySpec } from './category-spec.ts';

const STORAGE_PRICE = { 128: 0, 256: 120, 512: 350, 1024: 600 } as const;

/** The mobile phones category (Google taxonomy 267): its vocabulary, consumer tastes and model lines. */
export const MOBILE_PHONES: CategorySpec = {
  id: '267',
  slug: 'mobile-phones',
  noun: 'smartphone',
  attributes: [
    num('storage_gb', 'GB', 'Storage', 'Stockage', 'Built-in storage'),
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    num('battery_mah', 'mAh', 'Battery', 'Batterie', 'Battery capacity'),
    oneOf('os', ['android', 'ios'], 'Operating system', 'Système', 'Android or iOS'),
    flag('five_g', '5G', '5G', 'Connects to 5G networks'),
    num('camera_mp', 'MP', 'Main camera', 'Appareil photo', 'Main camera resolution'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight'),
  ],
  common: ['color', 'condition'],
  tastes: {
    hard: [{ attribute: 'os' }, { attribute: 'storage_gb' }, { attribute: 'five_g', onlyIf: true }],
    soft: [
      { attribute: 'battery_mah', direction: 'higher' },
      { attribute: 'camera_mp', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['os', 'color'],
  },
  axes: { storage_gb: [128, 256], color: ['black', 'blue'] },
  axisPrice: { storage_gb: STORAGE_PRICE },
  models: [
    { maker: 'Apple', model: 'iPhone 15', rrp: 969, q: 0.88, a: { screen_in: 6.1, battery_mah: 3349, os: 'ios', five_g: true, camera_mp: 48, weight_g: 171, condition: 'new' }, axes: { storage_gb: [128, 256, 512], color: ['black', 'blue', 'pink'] } },
    { maker: 'Apple', model: 'iPhone 15 Pro', rrp: 1229, q: 0.92, a: { screen_in: 6.1, battery_mah: 3274, os: 'ios', five_g: true, camera_mp: 48, weight_g: 187, condition: 'new' }, axes: { storage_gb: [128, 256, 512], color: ['natural titanium', 'black titanium'] } },
    { maker: 'Apple', model: 'iPhone 13', rrp: 689, q: 0.8, a: { screen_in: 6.1, battery_mah: 3240, os: 'ios', five_g: true, camera_mp: 12, weight_g: 174, condition: 'new' }, axes: { storage_gb: [128, 256], color: ['midnight', 'starlight'] } },
    { maker: 'Samsung', model: 'Galaxy S24', rrp: 899, q: 0.88, a: { screen_in: 6.2, battery_mah: 4000, os: 'android', five_g: true, camera_mp: 50, weight_g: 167, condition: 'new' }, axes: { storage_gb: [128, 256, 512], color: ['black', 'violet', 'yellow'] } },
    { maker: 'Samsung', model: 'Galaxy A55 5G', rrp: 479, q: 0.76, a: { screen_in: 6.6, battery_mah: 5000, os: 'android', five_g: true, camera_mp: 50, weight_g: 213, condition: 'new' }, axes: { storage_gb: [128, 256], color: ['navy', 'lilac', 'iceblue'] } },
    { maker: 'Samsung', model: 'Galaxy A15', rrp: 199, q: 0.62, a: { screen_in: 6.5, battery_mah: 5000, os: 'android', five_g: false, camera_mp: 50, weight_g: 200, condition: 'new' }, axes: { storage_gb: [128], color: ['black', 'blue', 'yellow'] } },
    { maker: 'Google', model: 'Pixel 8', rrp: 799, q: 0.86, a: { screen_in: 6.2, battery_mah: 4575, os: 'android', five_g: true, camera_mp: 50, weight_g: 187, condition: 'new' }, axes: { storage_gb: [128, 256, 512], color: ['obsidian', 'hazel', 'rose'] } },
    { maker: 'Google', model: 'Pixel 8a', rrp: 549, q: 0.8, a: { screen_in: 6.1, battery_mah: 4492, os: 'android', five_g: true, camera_mp: 64, weight_g: 188, condition: 'new' }, axes: { storage_gb: [128, 256], color: ['obsidian', 'bay'] } },
    { maker: 'Xiaomi', model: 'Redmi Note 13 Pro 5G', rrp: 399, q: 0.74, a: { screen_in: 6.67, battery_mah: 5100, os: 'android', five_g: true, camera_mp: 200, weight_g: 187, condition: 'new' }, axes: { storage_gb: [256, 512], color: ['black', 'purple'] } },
    { maker: 'Fairphone', model: '5', rrp: 699, q: 0.78, a: { screen_in: 6.46, battery_mah: 4200, os: 'android', five_g: true, camera_mp: 50, weight_g: 212, condition: 'new' }, axes: { storage_gb: [256], color: ['matte black', 'sky blue', 'transparent'] } },
    { maker: 'Nothing', model: 'Phone (2a)', rrp: 349, q: 0.74, a: { screen_in: 6.7, battery_mah: 5000, os: 'android', five_g: true, camera_mp: 50, weight_g: 190, condition: 'new' }, axes: { storage_gb: [128, 256], color: ['black', 'white'] } },
    { maker: 'Motorola', model: 'moto g54 5G', rrp: 229, q: 0.64, a: { screen_in: 6.5, battery_mah: 5000, os: 'android', five_g: true, camera_mp: 50, weight_g: 177, condition: 'new' }, axes: { storage_gb: [256], color: ['midnight blue', 'mint green'] } },
  ],
};

/** The laptops category (Google taxonomy 328): its vocabulary, consumer tastes and model lines. */
export const LAPTOPS: CategorySpec = {
  id: '328',
  slug: 'laptops',
  noun: 'laptop',
  attributes: [
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    num('ram_gb', 'GB', 'Memory', 'Mémoire vive', 'RAM'),
    num('storage_gb', 'GB', 'Storage', 'Stockage', 'SSD capacity'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight'),
    num('battery_hours', 'h', 'Battery life', 'Autonomie', 'Maker’s video-playback battery life'),
    oneOf('os', ['windows', 'macos', 'chromeos', 'linux'], 'Operating system', 'Système', 'Operating system installed'),
    oneOf('keyboard_layout', ['azerty', 'qwerty', 'qwertz'], 'Keyboard layout', 'Clavier', 'Keyboard layout'),
  ],
  common: ['color', 'condition'],
  tastes: {
    hard: [{ attribute: 'os' }, { attribute: 'keyboard_layout' }, { attribute: 'ram_gb' }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'battery_hours', direction: 'higher' },
      { attribute: 'storage_gb', direction: 'higher' },
      { attribute: 'screen_in', direction: 'equals' },
    ],
    style: ['os', 'color'],
  },
  axes: { storage_gb: [256, 512], keyboard_layout: ['azerty', 'qwerty', 'qwertz'] },
  axisPrice: { storage_gb: { 128: -80, 256: 0, 512: 150, 1024: 350 }, ram_gb: { 8: -100, 16: 0, 32: 250 } },
  models: [
    { maker: 'Apple', model: 'MacBook Air 13 M3', rrp: 1299, q: 0.92, a: { screen_in: 13.6, ram_gb: 8, weight_kg: 1.24, battery_hours: 18, os: 'macos', color: 'midnight', condition: 'new' } },
    { maker: 'Apple', model: 'MacBook Air 15 M3', rrp: 1599, q: 0.92, a: { screen_in: 15.3, ram_gb: 8, weight_kg: 1.51, battery_hours: 18, os: 'macos', color: 'starlight', condition: 'new' } },
    { maker: 'Apple', model: 'MacBook Pro 14 M3', rrp: 1999, q: 0.94, a: { screen_in: 14.2, ram_gb: 8, weight_kg: 1.55, battery_hours: 22, os: 'macos', color: 'space grey', condition: 'new' }, axes: { storage_gb: [512, 1024], keyboard_layout: ['azerty', 'qwerty'] } },
    { maker: 'Lenovo', model: 'IdeaPad Slim 5 14', rrp: 799, q: 0.76, a: { screen_in: 14, ram_gb: 16, weight_kg: 1.46, battery_hours: 12, os: 'windows', color: 'grey', condition: 'new' }, axes: { ram_gb: [16, 32], storage_gb: [512, 1024], keyboard_layout: ['azerty', 'qwerty', 'qwertz'] } },
    { maker: 'Lenovo', model: 'ThinkPad E14 Gen 5', rrp: 949, q: 0.8, a: { screen_in: 14, ram_gb: 16, weight_kg: 1.41, battery_hours: 10, os: 'windows', color: 'black', condition: 'new' } },
    { maker: 'Dell', model: 'XPS 13 9340', rrp: 1399, q: 0.86, a: { screen_in: 13.4, ram_gb: 16, weight_kg: 1.19, battery_hours: 14, os: 'windows', color: 'platinum', condition: 'new' } },
    { maker: 'HP', model: 'Pavilion 15', rrp: 699, q: 0.68, a: { screen_in: 15.6, ram_gb: 16, weight_kg: 1.75, battery_hours: 8, os: 'windows', color: 'silver', condition: 'new' }, axes: { ram_gb: [8, 16], storage_gb: [256, 512], keyboard_layout: ['azerty', 'qwerty', 'qwertz'] } },
    { maker: 'ASUS', model: 'Zenbook 14 OLED UX3405', rrp: 1099, q: 0.84, a: { screen_in: 14, ram_gb: 16, weight_kg: 1.2, battery_hours: 15, os: 'windows', color: 'blue', condition: 'new' } },
    { maker: 'ASUS', model: 'Vivobook 15 X1504', rrp: 549, q: 0.64, a: { screen_in: 15.6, ram_gb: 8, weight_kg: 1.7, battery_hours: 7, os: 'windows', color: 'silver', condition: 'new' }, axes: { ram_gb: [8, 16], storage_gb: [256, 512], keyboard_layout: ['azerty', 'qwerty', 'qwertz'] } },
    { maker: 'Acer', model: 'Swift Go 14', rrp: 899, q: 0.78, a: { screen_in: 14, ram_gb: 16, weight_kg: 1.32, battery_hours: 11, os: 'windows', color: 'silver', condition: 'new' } },
    { maker: 'Acer', model: 'Chromebook Plus 515', rrp: 449, q: 0.66, a: { screen_in: 15.6, ram_gb: 8, weight_kg: 1.7, battery_hours: 10, os: 'chromeos', color: 'silver', condition: 'new' }, axes: { storage_gb: [128, 256], keyboard_layout: ['azerty', 'qwerty'] } },
    { maker: 'Framework', model: 'Laptop 13', rrp: 1149, q: 0.82, a: { screen_in: 13.5, ram_gb: 16, weight_kg: 1.3, battery_hours: 9, os: 'linux', color: 'silver', condition: 'new' } },
  ],
};

/** The tablets category (Google taxonomy 4745): its vocabulary, consumer tastes and model lines. */
export const TABLETS: CategorySpec = {
  id: '4745',
  slug: 'tablets',
  noun: 'tablet',
  attributes: [
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    num('storage_gb', 'GB', 'Storage', 'Stockage', 'Built-in storage'),
    flag('cellular', 'Cellular', 'Cellulaire (4G/5G)', 'Takes a SIM card'),
    oneOf('os', ['android', 'ipados', 'fire os', 'windows'], 'Operating system', 'Système', 'Operating system'),
    flag('stylus_support', 'Stylus support', 'Compatible stylet', 'Works with an active pen'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight (Wi-Fi model)'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'os' }, { attribute: 'cellular', onlyIf: true }],
    soft: [
      { attribute: 'screen_in', direction: 'higher' },
      { attribute: 'storage_gb', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'stylus_support', direction: 'equals', wanted: true },
    ],
    style: ['os', 'color'],
  },
  axes: { storage_gb: [64, 128], cellular: [false, true] },
  axisPrice: { storage_gb: { 32: 0, 64: 0, 128: 60, 256: 170, 512: 400 }, cellular: { true: 170 } },
  models: [
    { maker: 'Apple', model: 'iPad 10th generation', rrp: 439, q: 0.84, a: { screen_in: 10.9, os: 'ipados', stylus_support: true, weight_g: 477, color: 'blue' }, axes: { storage_gb: [64, 256], cellular: [false, true] } },
    { maker: 'Apple', model: 'iPad Air 11 M2', rrp: 719, q: 0.9, a: { screen_in: 11, os: 'ipados', stylus_support: true, weight_g: 462, color: 'space grey' }, axes: { storage_gb: [128, 256], cellular: [false, true] } },
    { maker: 'Apple', model: 'iPad mini 6', rrp: 599, q: 0.86, a: { screen_in: 8.3, os: 'ipados', stylus_support: true, weight_g: 293, color: 'purple' }, axes: { storage_gb: [64, 256], cellular: [false] } },
    { maker: 'Samsung', model: 'Galaxy Tab S9 FE', rrp: 499, q: 0.8, a: { screen_in: 10.9, os: 'android', stylus_support: true, weight_g: 523, color: 'grey' }, axes: { storage_gb: [128, 256], cellular: [false, true] } },
    { maker: 'Samsung', model: 'Galaxy Tab A9+', rrp: 269, q: 0.68, a: { screen_in: 11, os: 'android', stylus_support: false, weight_g: 480, color: 'graphite' } },
    { maker: 'Lenovo', model: 'Tab P12', rrp: 399, q: 0.74, a: { screen_in: 12.7, os: 'android', stylus_support: true, weight_g: 615, color: 'grey' }, axes: { storage_gb: [128], cellular: [false] } },
    { maker: 'Lenovo', model: 'Tab M10 Plus 3rd Gen', rrp: 219, q: 0.64, a: { screen_in: 10.6, os: 'android', stylus_support: false, weight_g: 465, color: 'grey' } },
    { maker: 'Amazon', model: 'Fire HD 10', rrp: 164, q: 0.58, a: { screen_in: 10.1, os: 'fire os', stylus_support: false, weight_g: 434, color: 'black' }, axes: { storage_gb: [32, 64], cellular: [false] } },
    { maker: 'Xiaomi', model: 'Pad 6', rrp: 399, q: 0.76, a: { screen_in: 11, os: 'android', stylus_support: true, weight_g: 490, color: 'grey' }, axes: { storage_gb: [128, 256], cellular: [false] } },
    { maker: 'Microsoft', model: 'Surface Pro 9', rrp: 1199, q: 0.82, a: { screen_in: 13, os: 'windows', stylus_support: true, weight_g: 879, color: 'platinum' }, axes: { storage_gb: [128, 256], cellular: [false] } },
  ],
};

/** The televisions category (Google taxonomy 404): its vocabulary, consumer tastes and model lines. */
export const TELEVISIONS: CategorySpec = {
  id: '404',
  slug: 'televisions',
  noun: 'TV',
  attributes: [
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    oneOf('panel', ['oled', 'qled', 'led', 'mini-led'], 'Panel', 'Dalle', 'Display technology'),
    oneOf('resolution', ['hd', 'full-hd', '4k', '8k'], 'Resolution', 'Résolution', 'Native resolution'),
    num('refresh_hz', 'Hz', 'Refresh rate', 'Fréquence', 'Native refresh rate'),
    flag('hdmi_2_1', 'HDMI 2.1', 'HDMI 2.1', 'Has HDMI 2.1 ports (4K 120 Hz gaming)'),
    oneOf('energy_class', ['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'Energy class', 'Classe énergétique', 'EU energy label class (SDR)'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'screen_in' }, { attribute: 'resolution' }],
    soft: [
      { attribute: 'refresh_hz', direction: 'higher' },
      { attribute: 'panel', direction: 'equals', wanted: 'oled' },
      { attribute: 'hdmi_2_1', direction: 'equals', wanted: true },
    ],
    style: ['panel'],
  },
  axes: { screen_in: [55, 65] },
  // RRPs are for the 55" model; other sizes scale with the diagonal^1.6, as TV price ladders do.
  price: (rrp, variant) => rrp * ((variant.screen_in as number) / 55) ** 1.6,
  models: [
    { maker: 'LG', model: 'OLED C3', rrp: 1599, q: 0.92, a: { panel: 'oled', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'F', color: 'black' }, axes: { screen_in: [55, 65, 77] } },
    { maker: 'LG', model: 'OLED B3', rrp: 1299, q: 0.88, a: { panel: 'oled', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'F', color: 'black' } },
    { maker: 'Samsung', model: 'QE Q80C', rrp: 1199, q: 0.84, a: { panel: 'qled', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'F', color: 'black' }, axes: { screen_in: [50, 55, 65, 75] } },
    { maker: 'Samsung', model: 'CU7100 Crystal UHD', rrp: 549, q: 0.66, a: { panel: 'led', resolution: '4k', refresh_hz: 60, hdmi_2_1: false, energy_class: 'G', color: 'black' }, axes: { screen_in: [43, 50, 55, 65] } },
    { maker: 'Sony', model: 'Bravia XR A80L', rrp: 1799, q: 0.92, a: { panel: 'oled', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'G', color: 'black' } },
    { maker: 'Sony', model: 'Bravia X75WL', rrp: 699, q: 0.7, a: { panel: 'led', resolution: '4k', refresh_hz: 60, hdmi_2_1: false, energy_class: 'F', color: 'black' }, axes: { screen_in: [43, 50, 55] } },
    { maker: 'Philips', model: 'The One 8808 Ambilight', rrp: 999, q: 0.8, a: { panel: 'led', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'F', color: 'grey' } },
    { maker: 'TCL', model: 'C845 Mini LED', rrp: 1099, q: 0.8, a: { panel: 'mini-led', resolution: '4k', refresh_hz: 144, hdmi_2_1: true, energy_class: 'F', color: 'black' } },
    { maker: 'TCL', model: 'P635', rrp: 429, q: 0.6, a: { panel: 'led', resolution: '4k', refresh_hz: 60, hdmi_2_1: false, energy_class: 'G', color: 'black' }, axes: { screen_in: [43, 50, 55] } },
    { maker: 'Hisense', model: 'A4K HD', rrp: 499, q: 0.52, a: { panel: 'led', resolution: 'hd', refresh_hz: 60, hdmi_2_1: false, energy_class: 'E', color: 'black' }, axes: { screen_in: [32] } },
    { maker: 'Panasonic', model: 'TX-MZ1500', rrp: 1599, q: 0.88, a: { panel: 'oled', resolution: '4k', refresh_hz: 120, hdmi_2_1: true, energy_class: 'G', color: 'black' } },
  ],
};

/** The speakers category (Google taxonomy 249): its vocabulary, consumer tastes and model lines. */
export const SPEAKERS: CategorySpec = {
  id: '249',
  slug: 'speakers',
  noun: 'speaker',
  attributes: [
    flag('portable', 'Portable', 'Portable', 'Runs on a battery, can be carried'),
    num('battery_hours', 'h', 'Battery life', 'Autonomie', 'Battery life (portable speakers)'),
    oneOf('water_resistance', ['none', 'IPX4', 'IP67'], 'Water resistance', 'Étanchéité', 'IP rating'),
    flag('wifi', 'Wi-Fi / multiroom', 'Wi-Fi / multiroom', 'Streams over Wi-Fi and groups with other speakers'),
    flag('voice_assistant', 'Voice assistant', 'Assistant vocal', 'Has a built-in voice assistant'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'portable' }, { attribute: 'water_resistance' }, { attribute: 'wifi', onlyIf: true }],
    soft: [
      { attribute: 'battery_hours', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['color'],
  },
  axes: { color: ['black', 'blue', 'red', 'green'] },
  models: [
    { maker: 'JBL', model: 'Flip 6', rrp: 149, q: 0.82, a: { portable: true, battery_hours: 12, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 550 } },
    { maker: 'JBL', model: 'Charge 5', rrp: 199, q: 0.84, a: { portable: true, battery_hours: 20, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 960 } },
    { maker: 'JBL', model: 'Go 3', rrp: 49, q: 0.68, a: { portable: true, battery_hours: 5, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 209 } },
    { maker: 'Bose', model: 'SoundLink Flex', rrp: 169, q: 0.84, a: { portable: true, battery_hours: 12, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 600 }, axes: { color: ['black', 'blue', 'white'] } },
    { maker: 'Sonos', model: 'Era 100', rrp: 279, q: 0.88, a: { portable: false, water_resistance: 'none', wifi: true, voice_assistant: true, weight_g: 2000 }, axes: { color: ['black', 'white'] } },
    { maker: 'Sonos', model: 'Roam 2', rrp: 199, q: 0.84, a: { portable: true, battery_hours: 10, water_resistance: 'IP67', wifi: true, voice_assistant: true, weight_g: 430 }, axes: { color: ['black', 'white', 'olive'] } },
    { maker: 'Ultimate Ears', model: 'Boom 3', rrp: 149, q: 0.8, a: { portable: true, battery_hours: 15, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 608 } },
    { maker: 'Ultimate Ears', model: 'Wonderboom 3', rrp: 99, q: 0.74, a: { portable: true, battery_hours: 14, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 420 } },
    { maker: 'Marshall', model: 'Emberton II', rrp: 169, q: 0.8, a: { portable: true, battery_hours: 30, water_resistance: 'IP67', wifi: false, voice_assistant: false, weight_g: 700 }, axes: { color: ['black', 'cream'] } },
    { maker: 'Marshall', model: 'Acton III', rrp: 279, q: 0.8, a: { portable: false, water_resistance: 'none', wifi: false, voice_assistant: false, weight_g: 2850 }, axes: { color: ['black', 'cream', 'brown'] } },
    { maker: 'Amazon', model: 'Echo Dot 5th Gen', rrp: 64, q: 0.64, a: { portable: false, water_resistance: 'none', wifi: true, voice_assistant: true, weight_g: 304 }, axes: { color: ['charcoal', 'white', 'blue'] } },
    { maker: 'Anker', model: 'Soundcore Motion 300', rrp: 79, q: 0.72, a: { portable: true, battery_hours: 13, water_resistance: 'IPX4', wifi: false, voice_assistant: false, weight_g: 770 } },
  ],
};

/** The monitors category (Google taxonomy 305): its vocabulary, consumer tastes and model lines. */
export const MONITORS: CategorySpec = {
  id: '305',
  slug: 'monitors',
  noun: 'monitor',
  attributes: [
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    oneOf('resolution', ['full-hd', 'qhd', '4k', '5k'], 'Resolution', 'Résolution', 'Native resolution'),
    num('refresh_hz', 'Hz', 'Refresh rate', 'Fréquence', 'Maximum refresh rate'),
    oneOf('panel', ['ips', 'va', 'tn', 'oled'], 'Panel', 'Dalle', 'Panel technology'),
    flag('usb_c', 'USB-C with power', 'USB-C avec alimentation', 'Charges a laptop over USB-C'),
    flag('height_adjustable', 'Height-adjustable stand', 'Pied réglable en hauteur', 'Stand adjusts in height'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'screen_in' }, { attribute: 'usb_c', onlyIf: true }],
    soft: [
      { attribute: 'refresh_hz', direction: 'higher' },
      { attribute: 'resolution', direction: 'equals' },
      { attribute: 'height_adjustable', direction: 'equals', wanted: true },
    ],
    style: ['panel'],
  },
  axes: { color: ['black'] },
  models: [
    { maker: 'Dell', model: 'S2722QC', rrp: 329, a: { screen_in: 27, resolution: '4k', refresh_hz: 60, panel: 'ips', usb_c: true, height_adjustable: true, color: 'white' } },
    { maker: 'Dell', model: 'UltraSharp U2723QE', rrp: 649, q: 0.9, a: { screen_in: 27, resolution: '4k', refresh_hz: 60, panel: 'ips', usb_c: true, height_adjustable: true, color: 'silver' } },
    { maker: 'Dell', model: 'SE2422H', rrp: 129, a: { screen_in: 24, resolution: 'full-hd', refresh_hz: 75, panel: 'va', usb_c: false, height_adjustable: false } },
    { maker: 'LG', model: '27GP850-B UltraGear', rrp: 399, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 180, panel: 'ips', usb_c: false, height_adjustable: true } },
    { maker: 'LG', model: '27UP850N-W', rrp: 449, a: { screen_in: 27, resolution: '4k', refresh_hz: 60, panel: 'ips', usb_c: true, height_adjustable: true, color: 'white' } },
    { maker: 'Samsung', model: 'Odyssey G5 LS27CG510', rrp: 299, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 165, panel: 'va', usb_c: false, height_adjustable: false } },
    { maker: 'Samsung', model: 'ViewFinity S6 LS27C612', rrp: 349, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 100, panel: 'ips', usb_c: true, height_adjustable: true } },
    { maker: 'ASUS', model: 'ProArt PA278CV', rrp: 429, q: 0.86, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 75, panel: 'ips', usb_c: true, height_adjustable: true } },
    { maker: 'ASUS', model: 'ROG Swift PG27AQDM', rrp: 999, q: 0.9, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 240, panel: 'oled', usb_c: false, height_adjustable: true } },
    { maker: 'BenQ', model: 'GW2490', rrp: 119, a: { screen_in: 24, resolution: 'full-hd', refresh_hz: 100, panel: 'ips', usb_c: false, height_adjustable: false } },
    { maker: 'Philips', model: '24E1N5300AE', rrp: 199, a: { screen_in: 24, resolution: 'full-hd', refresh_hz: 75, panel: 'ips', usb_c: true, height_adjustable: true } },
    { maker: 'Apple', model: 'Studio Display', rrp: 1749, q: 0.92, a: { screen_in: 27, resolution: '5k', refresh_hz: 60, panel: 'ips', usb_c: true, height_adjustable: false, color: 'silver' } },
    { maker: 'Dell', model: 'P2425H', rrp: 219, a: { screen_in: 24, resolution: 'full-hd', refresh_hz: 100, panel: 'ips', usb_c: false, height_adjustable: true } },
    { maker: 'HP', model: 'E27 G5', rrp: 279, a: { screen_in: 27, resolution: 'full-hd', refresh_hz: 75, panel: 'ips', usb_c: false, height_adjustable: true } },
    { maker: 'MSI', model: 'MAG 274QRF QD E2', rrp: 299, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 180, panel: 'ips', usb_c: true, height_adjustable: true } },
    { maker: 'Iiyama', model: 'ProLite XUB2792QSU-B6', rrp: 249, a: { screen_in: 27, resolution: 'qhd', refresh_hz: 100, panel: 'ips', usb_c: false, height_adjustable: true } },
  ],
};

/** The e readers category (Google taxonomy 3539): its vocabulary, consumer tastes and model lines. */
export const E_READERS: CategorySpec = {
  id: '3539',
  slug: 'e-readers',
  noun: 'e-reader',
  attributes: [
    num('screen_in', 'in', 'Screen size', 'Taille d’écran', 'Screen diagonal'),
    num('storage_gb', 'GB', 'Storage', 'Stockage', 'Built-in storage'),
    flag('waterproof', 'Waterproof', 'Étanche', 'IPX8 waterproof'),
    flag('warm_light', 'Warm light', 'Lumière chaude', 'Front light adjusts to warm tones'),
    flag('color_screen', 'Colour screen', 'Écran couleur', 'Shows colour'),
    oneOf('store', ['kindle', 'kobo', 'pocketbook', 'vivlio'], 'Book store', 'Librairie', 'The book store it is tied to'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'store' }, { attribute: 'waterproof', onlyIf: true }],
    soft: [
      { attribute: 'screen_in', direction: 'higher' },
      { attribute: 'warm_light', direction: 'equals', wanted: true },
      { attribute: 'storage_gb', direction: 'higher' },
    ],
    style: ['store', 'color'],
  },
  axes: { color: ['black'] },
  models: [
    { maker: 'Amazon', model: 'Kindle (2022)', rrp: 109, a: { screen_in: 6, storage_gb: 16, waterproof: false, warm_light: false, color_screen: false, store: 'kindle' }, axes: { color: ['black', 'denim'] } },
    { maker: 'Amazon', model: 'Kindle Paperwhite 16GB', rrp: 169, q: 0.86, a: { screen_in: 7, storage_gb: 16, waterproof: true, warm_light: true, color_screen: false, store: 'kindle' }, axes: { color: ['black', 'jade', 'raspberry'] } },
    { maker: 'Amazon', model: 'Kindle Scribe', rrp: 369, a: { screen_in: 10.2, storage_gb: 32, waterproof: false, warm_light: true, color_screen: false, store: 'kindle' }, axes: { color: ['grey'] } },
    { maker: 'Amazon', model: 'Kindle Colorsoft', rrp: 279, a: { screen_in: 7, storage_gb: 16, waterproof: true, warm_light: true, color_screen: true, store: 'kindle' } },
    { maker: 'Kobo', model: 'Clara 2E', rrp: 149, a: { screen_in: 6, storage_gb: 16, waterproof: true, warm_light: true, color_screen: false, store: 'kobo' }, axes: { color: ['deep ocean blue'] } },
    { maker: 'Kobo', model: 'Libra 2', rrp: 199, a: { screen_in: 7, storage_gb: 32, waterproof: true, warm_light: true, color_screen: false, store: 'kobo' }, axes: { color: ['black', 'white'] } },
    { maker: 'Kobo', model: 'Libra Colour', rrp: 229, a: { screen_in: 7, storage_gb: 32, waterproof: true, warm_light: true, color_screen: true, store: 'kobo' }, axes: { color: ['black', 'white'] } },
    { maker: 'Kobo', model: 'Elipsa 2E', rrp: 399, a: { screen_in: 10.3, storage_gb: 32, waterproof: false, warm_light: true, color_screen: false, store: 'kobo' } },
    { maker: 'PocketBook', model: 'Verse Pro', rrp: 169, a: { screen_in: 6, storage_gb: 16, waterproof: true, warm_light: true, color_screen: false, store: 'pocketbook' }, axes: { color: ['passion red', 'azure'] } },
    { maker: 'PocketBook', model: 'InkPad Color 3', rrp: 259, a: { screen_in: 7.8, storage_gb: 32, waterproof: true, warm_light: true, color_screen: true, store: 'pocketbook' } },
    { maker: 'Vivlio', model: 'Touch Lux 5', rrp: 129, a: { screen_in: 6, storage_gb: 8, waterproof: false, warm_light: false, color_screen: false, store: 'vivlio' } },
  ],
};

/** The digital cameras category (Google taxonomy 152): its vocabulary, consumer tastes and model lines. */
export const DIGITAL_CAMERAS: CategorySpec = {
  id: '152',
  slug: 'digital-cameras',
  noun: 'camera',
  attributes: [
    oneOf('camera_type', ['mirrorless', 'dslr', 'compact', 'instant'], 'Camera type', 'Type d’appareil', 'Mirrorless, DSLR, compact or instant camera'),
    num('megapixels', 'MP', 'Resolution', 'Définition', 'Sensor resolution'),
    oneOf('sensor', ['full-frame', 'aps-c', 'micro-four-thirds', '1-inch', 'small'], 'Sensor size', 'Taille du capteur', 'Sensor format'),
    flag('kit_lens', 'Kit lens included', 'Objectif inclus', 'Sold with a zoom lens'),
    flag('video_4k', '4K video', 'Vidéo 4K', 'Records 4K video'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Body weight with battery'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'camera_type' }, { attribute: 'kit_lens', onlyIf: true }],
    soft: [
      { attribute: 'megapixels', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'video_4k', direction: 'equals', wanted: true },
    ],
    style: ['camera_type', 'sensor'],
  },
  axes: { kit_lens: [false, true] },
  axisPrice: { kit_lens: { true: 150 } },
  models: [
    { maker: 'Sony', model: 'Alpha 7 IV', rrp: 2799, q: 0.94, a: { camera_type: 'mirrorless', megapixels: 33, sensor: 'full-frame', video_4k: true, weight_g: 658, color: 'black' } },
    { maker: 'Sony', model: 'Alpha 6400', rrp: 999, q: 0.84, a: { camera_type: 'mirrorless', megapixels: 24.2, sensor: 'aps-c', video_4k: true, weight_g: 403, color: 'black' } },
    { maker: 'Sony', model: 'ZV-1 II', rrp: 899, a: { camera_type: 'compact', megapixels: 20.1, sensor: '1-inch', video_4k: true, weight_g: 292, color: 'black' }, axes: { kit_lens: [false] } },
    { maker: 'Canon', model: 'EOS R50', rrp: 799, q: 0.8, a: { camera_type: 'mirrorless', megapixels: 24.2, sensor: 'aps-c', video_4k: true, weight_g: 375, color: 'black' }, axes: { kit_lens: [false, true], color: ['black', 'white'] } },
    { maker: 'Canon', model: 'EOS R6 Mark II', rrp: 2899, q: 0.94, a: { camera_type: 'mirrorless', megapixels: 24.2, sensor: 'full-frame', video_4k: true, weight_g: 670, color: 'black' } },
    { maker: 'Canon', model: 'EOS 2000D', rrp: 449, q: 0.62, a: { camera_type: 'dslr', megapixels: 24.1, sensor: 'aps-c', video_4k: false, weight_g: 475, color: 'black' } },
    { maker: 'Nikon', model: 'Z fc', rrp: 999, q: 0.84, a: { camera_type: 'mirrorless', megapixels: 20.9, sensor: 'aps-c', video_4k: true, weight_g: 445, color: 'silver' } },
    { maker: 'Nikon', model: 'Z6 III', rrp: 2999, q: 0.94, a: { camera_type: 'mirrorless', megapixels: 24.5, sensor: 'full-frame', video_4k: true, weight_g: 760, color: 'black' } },
    { maker: 'Fujifilm', model: 'X-T30 II', rrp: 949, q: 0.86, a: { camera_type: 'mirrorless', megapixels: 26.1, sensor: 'aps-c', video_4k: true, weight_g: 378, color: 'silver' }, axes: { kit_lens: [false, true], color: ['silver', 'black'] } },
    { maker: 'Fujifilm', model: 'Instax Mini 12', rrp: 79, q: 0.7, a: { camera_type: 'instant', megapixels: 0.6, sensor: 'small', video_4k: false, weight_g: 306, color: 'blue' }, axes: { kit_lens: [false], color: ['clay white', 'pastel blue', 'blossom pink', 'mint green'] } },
    { maker: 'OM System', model: 'OM-5', rrp: 1199, q: 0.84, a: { camera_type: 'mirrorless', megapixels: 20.4, sensor: 'micro-four-thirds', video_4k: true, weight_g: 414, color: 'silver' } },
    { maker: 'Panasonic', model: 'Lumix TZ200', rrp: 699, a: { camera_type: 'compact', megapixels: 20.1, sensor: '1-inch', video_4k: true, weight_g: 340, color: 'black' }, axes: { kit_lens: [false] } },
  ],
};

/** Electronics and camera categories. */
export const ELECTRONICS_SPECS: readonly CategorySpec[] = [MOBILE_PHONES, LAPTOPS, TABLETS, TELEVISIONS, SPEAKERS, MONITORS, E_READERS, DIGITAL_CAMERAS];
