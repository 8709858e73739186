// Apparel (166), Luggage & Bags (5181), Health & Beauty (469), Hardware (632), Baby & Toddler (537),
// Food (412) and Animals & Pet Supplies (1): jackets, backpacks, suitcases, toothbrushes, hair dryers,
// activity trackers, drills, strollers, tea, dog food.
import { flag, num, oneOf, type CategorySpec } from './category-spec.ts';

/** The coats and jackets category (Google taxonomy 5598): its vocabulary, consumer tastes and model lines. */
export const JACKETS: CategorySpec = {
  id: '5598',
  slug: 'coats-and-jackets',
  noun: 'jacket',
  attributes: [
    oneOf('jacket_type', ['rain', 'down', 'fleece', 'softshell', 'parka'], 'Jacket type', 'Type de veste', 'Rain shell, down, fleece, softshell or parka'),
    flag('waterproof', 'Waterproof', 'Imperméable', 'Waterproof membrane and taped seams'),
    flag('hood', 'Hood', 'Capuche', 'Has a hood'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight in size M'),
    flag('recycled_materials', 'Recycled materials', 'Matières recyclées', 'Mostly recycled fabric'),
  ],
  common: ['color', 'size', 'gender', 'material'],
  tastes: {
    hard: [{ attribute: 'size' }, { attribute: 'gender' }, { attribute: 'jacket_type' }, { attribute: 'waterproof', onlyIf: true }],
    soft: [
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
      { attribute: 'recycled_materials', direction: 'equals', wanted: true },
    ],
    style: ['jacket_type', 'color'],
  },
  axes: { size: ['S', 'M', 'L', 'XL', 'XXL'], color: ['black', 'navy'] },
  models: [
    { maker: 'Patagonia', model: 'Torrentshell 3L', rrp: 179, q: 0.86, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 394, recycled_materials: true, color: 'blue', gender: 'male', material: 'recycled nylon' } },
    { maker: 'Patagonia', model: 'Down Sweater', rrp: 279, q: 0.88, a: { jacket_type: 'down', waterproof: false, hood: false, weight_g: 371, recycled_materials: true, color: 'black', gender: 'female', material: 'recycled polyester' }, axes: { size: ['XS', 'S', 'M', 'L', 'XL'], color: ['black', 'green'] } },
    { maker: 'The North Face', model: 'Nuptse 1996', rrp: 330, q: 0.84, a: { jacket_type: 'down', waterproof: false, hood: false, weight_g: 736, recycled_materials: true, color: 'black', gender: 'male', material: 'recycled nylon' } },
    { maker: 'The North Face', model: 'Quest', rrp: 110, q: 0.72, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 400, recycled_materials: false, color: 'black', gender: 'female', material: 'nylon' }, axes: { size: ['XS', 'S', 'M', 'L'] } },
    { maker: 'Arc’teryx', model: 'Beta LT', rrp: 450, q: 0.94, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 395, recycled_materials: false, color: 'black', gender: 'male', material: 'Gore-Tex' } },
    { maker: 'Quechua', model: 'MH500 Rain', rrp: 60, q: 0.66, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 390, recycled_materials: false, color: 'green', gender: 'male', material: 'polyamide' } },
    { maker: 'Forclaz', model: 'MT100 Down', rrp: 50, q: 0.64, a: { jacket_type: 'down', waterproof: false, hood: true, weight_g: 300, recycled_materials: false, color: 'navy', gender: 'female', material: 'polyamide' }, axes: { size: ['XS', 'S', 'M', 'L'] } },
    { maker: 'Columbia', model: 'Steens Mountain 2.0 Fleece', rrp: 55, q: 0.68, a: { jacket_type: 'fleece', waterproof: false, hood: false, weight_g: 380, recycled_materials: false, color: 'grey', gender: 'male', material: 'polyester fleece' } },
    { maker: 'Uniqlo', model: 'Ultra Light Down', rrp: 70, q: 0.7, a: { jacket_type: 'down', waterproof: false, hood: false, weight_g: 220, recycled_materials: false, color: 'navy', gender: 'female', material: 'nylon' }, axes: { size: ['XS', 'S', 'M', 'L'] } },
    { maker: 'Rains', model: 'Long Jacket', rrp: 115, q: 0.74, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 560, recycled_materials: false, color: 'black', gender: 'unisex', material: 'PU-coated polyester' }, axes: { size: ['S', 'M', 'L'], color: ['black', 'green'] } },
    { maker: 'Canada Goose', model: 'Langford Parka', rrp: 1450, q: 0.9, a: { jacket_type: 'parka', waterproof: false, hood: true, weight_g: 1600, recycled_materials: false, color: 'black', gender: 'male', material: 'Arctic Tech polyester-cotton' } },
    { maker: 'Vaude', model: 'Escape Light', rrp: 99, q: 0.72, a: { jacket_type: 'rain', waterproof: true, hood: true, weight_g: 340, recycled_materials: true, color: 'red', gender: 'female', material: 'recycled polyamide' }, axes: { size: ['S', 'M', 'L'] } },
  ],
};

/** The backpacks category (Google taxonomy 100): its vocabulary, consumer tastes and model lines. */
export const BACKPACKS: CategorySpec = {
  id: '100',
  slug: 'backpacks',
  noun: 'backpack',
  attributes: [
    num('volume_l', 'l', 'Volume', 'Volume', 'Capacity'),
    oneOf('backpack_type', ['hiking', 'daypack', 'laptop', 'school', 'travel'], 'Use', 'Usage', 'Hiking, daypack, laptop, school or travel pack'),
    num('laptop_in', 'in', 'Laptop sleeve', 'Poche ordinateur', 'Largest laptop the sleeve takes'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Empty weight'),
    flag('waterproof', 'Waterproof', 'Imperméable', 'Waterproof fabric or rain cover'),
  ],
  common: ['color', 'age_group'],
  tastes: {
    hard: [{ attribute: 'backpack_type' }, { attribute: 'volume_l' }],
    soft: [
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'waterproof', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['backpack_type', 'color'],
  },
  axes: { color: ['black', 'blue', 'green'] },
  models: [
    { maker: 'Osprey', model: 'Talon 22', rrp: 130, q: 0.86, a: { volume_l: 22, backpack_type: 'hiking', weight_g: 800, waterproof: false, age_group: 'adult' } },
    { maker: 'Osprey', model: 'Farpoint 40', rrp: 180, q: 0.86, a: { volume_l: 40, backpack_type: 'travel', laptop_in: 15, weight_g: 1490, waterproof: false, age_group: 'adult' } },
    { maker: 'Deuter', model: 'Futura 32', rrp: 150, q: 0.84, a: { volume_l: 32, backpack_type: 'hiking', weight_g: 1560, waterproof: false, age_group: 'adult' } },
    { maker: 'Deuter', model: 'Giga', rrp: 90, a: { volume_l: 28, backpack_type: 'laptop', laptop_in: 15.6, weight_g: 880, waterproof: false, age_group: 'adult' } },
    { maker: 'Quechua', model: 'NH Arpenaz 100 20L', rrp: 10, q: 0.56, a: { volume_l: 20, backpack_type: 'daypack', weight_g: 290, waterproof: false, age_group: 'adult' }, axes: { color: ['black', 'blue', 'green', 'red'] } },
    { maker: 'Forclaz', model: 'MT500 Air 45+10', rrp: 140, a: { volume_l: 55, backpack_type: 'hiking', weight_g: 1950, waterproof: false, age_group: 'adult' } },
    { maker: 'Eastpak', model: 'Padded Pak’r', rrp: 40, a: { volume_l: 24, backpack_type: 'school', laptop_in: 13, weight_g: 370, waterproof: false, age_group: 'kids' }, axes: { color: ['black', 'navy', 'red', 'grey'] } },
    { maker: 'Fjällräven', model: 'Kånken', rrp: 95, q: 0.8, a: { volume_l: 16, backpack_type: 'daypack', weight_g: 300, waterproof: false, age_group: 'adult' }, axes: { color: ['black', 'ochre', 'navy', 'frost green'] } },
    { maker: 'Fjällräven', model: 'Kånken Mini', rrp: 75, a: { volume_l: 7, backpack_type: 'school', weight_g: 220, waterproof: false, age_group: 'kids' }, axes: { color: ['pink', 'navy', 'ochre'] } },
    { maker: 'Herschel', model: 'Little America', rrp: 110, a: { volume_l: 25, backpack_type: 'laptop', laptop_in: 15, weight_g: 940, waterproof: false, age_group: 'adult' } },
    { maker: 'Rains', model: 'Backpack Mini', rrp: 75, a: { volume_l: 9, backpack_type: 'daypack', laptop_in: 13, weight_g: 400, waterproof: true, age_group: 'adult' } },
    { maker: 'Samsonite', model: 'Guardit 2.0 Laptop Backpack M', rrp: 119, a: { volume_l: 22, backpack_type: 'laptop', laptop_in: 15.6, weight_g: 1000, waterproof: false, age_group: 'adult' } },
  ],
};

/** The suitcases category (Google taxonomy 107): its vocabulary, consumer tastes and model lines. */
export const SUITCASES: CategorySpec = {
  id: '107',
  slug: 'suitcases',
  noun: 'suitcase',
  attributes: [
    num('volume_l', 'l', 'Volume', 'Volume', 'Capacity'),
    num('height_cm', 'cm', 'Height', 'Hauteur', 'Height including wheels'),
    flag('cabin_size', 'Cabin size', 'Format cabine', 'Fits most airlines’ cabin limits (55 x 40 x 20 cm)'),
    oneOf('shell', ['hard', 'soft'], 'Shell', 'Coque', 'Hard or soft shell'),
    num('wheels', 'wheels', 'Wheels', 'Roues', 'Number of wheels'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Empty weight'),
  ],
  common: ['color', 'material'],
  tastes: {
    hard: [{ attribute: 'cabin_size' }, { attribute: 'shell' }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'volume_l', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['shell', 'color'],
  },
  axes: { color: ['black', 'navy', 'red'] },
  models: [
    { maker: 'Samsonite', model: 'S’Cure Spinner 55', rrp: 159, a: { volume_l: 34, height_cm: 55, cabin_size: true, shell: 'hard', wheels: 4, weight_kg: 2.8, material: 'polypropylene' } },
    { maker: 'Samsonite', model: 'S’Cure Spinner 75', rrp: 209, a: { volume_l: 102, height_cm: 75, cabin_size: false, shell: 'hard', wheels: 4, weight_kg: 4.8, material: 'polypropylene' } },
    { maker: 'Samsonite', model: 'Base Boost Upright 55', rrp: 139, a: { volume_l: 41, height_cm: 55, cabin_size: true, shell: 'soft', wheels: 2, weight_kg: 2.5, material: 'polyester' } },
    { maker: 'American Tourister', model: 'Soundbox Spinner 55', rrp: 119, a: { volume_l: 41, height_cm: 55, cabin_size: true, shell: 'hard', wheels: 4, weight_kg: 2.6, material: 'polypropylene' }, axes: { color: ['black', 'blue', 'red'] } },
    { maker: 'American Tourister', model: 'Soundbox Spinner 77', rrp: 169, a: { volume_l: 97, height_cm: 77, cabin_size: false, shell: 'hard', wheels: 4, weight_kg: 4.2, material: 'polypropylene' } },
    { maker: 'Rimowa', model: 'Essential Cabin', rrp: 780, q: 0.9, a: { volume_l: 36, height_cm: 55, cabin_size: true, shell: 'hard', wheels: 4, weight_kg: 3.2, material: 'polycarbonate' } },
    { maker: 'Rimowa', model: 'Original Check-In M', rrp: 1450, q: 0.92, a: { volume_l: 60, height_cm: 68, cabin_size: false, shell: 'hard', wheels: 4, weight_kg: 5, material: 'aluminium' }, axes: { color: ['silver', 'black'] } },
    { maker: 'Delsey', model: 'Chatelet Air 2.0 55', rrp: 249, a: { volume_l: 40, height_cm: 55, cabin_size: true, shell: 'hard', wheels: 4, weight_kg: 3.4, material: 'polycarbonate' }, axes: { color: ['black', 'brown', 'green'] } },
    { maker: 'Delsey', model: 'Belmont Plus 70', rrp: 169, a: { volume_l: 85, height_cm: 70, cabin_size: false, shell: 'hard', wheels: 4, weight_kg: 3.9, material: 'polycarbonate' } },
    { maker: 'Eastpak', model: 'Transit’R S', rrp: 140, a: { volume_l: 42, height_cm: 51, cabin_size: true, shell: 'soft', wheels: 2, weight_kg: 2.8, material: 'polyamide' } },
  ],
};

/** The toothbrushes category (Google taxonomy 527): its vocabulary, consumer tastes and model lines. */
export const TOOTHBRUSHES: CategorySpec = {
  id: '527',
  slug: 'toothbrushes',
  noun: 'electric toothbrush',
  attributes: [
    oneOf('brush_type', ['oscillating', 'sonic', 'manual'], 'Brush type', 'Type de brosse', 'Oscillating-rotating, sonic or manual'),
    num('battery_days', 'days', 'Battery life', 'Autonomie', 'Days of use per charge (twice a day)'),
    num('modes', 'modes', 'Cleaning modes', 'Modes de brossage', 'Number of brushing modes'),
    flag('pressure_sensor', 'Pressure sensor', 'Capteur de pression', 'Warns when you press too hard'),
    flag('app', 'App', 'Application', 'Connects to a phone app'),
  ],
  common: ['color', 'age_group', 'pack_size'],
  tastes: {
    hard: [{ attribute: 'brush_type' }, { attribute: 'age_group' }],
    soft: [
      { attribute: 'battery_days', direction: 'higher' },
      { attribute: 'pressure_sensor', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['brush_type', 'color'],
  },
  axes: { color: ['white', 'black'] },
  models: [
    { maker: 'Oral-B', model: 'iO Series 9', rrp: 349, q: 0.9, a: { brush_type: 'oscillating', battery_days: 14, modes: 7, pressure_sensor: true, app: true, age_group: 'adult', pack_size: 1 }, axes: { color: ['black onyx', 'rose quartz'] } },
    { maker: 'Oral-B', model: 'iO Series 4', rrp: 119, q: 0.84, a: { brush_type: 'oscillating', battery_days: 14, modes: 4, pressure_sensor: true, app: true, age_group: 'adult', pack_size: 1 } },
    { maker: 'Oral-B', model: 'Pro 3 3500', rrp: 79, q: 0.78, a: { brush_type: 'oscillating', battery_days: 14, modes: 3, pressure_sensor: true, app: false, age_group: 'adult', pack_size: 1 }, axes: { color: ['white', 'black', 'blue'] } },
    { maker: 'Oral-B', model: 'Vitality Pro', rrp: 39, q: 0.68, a: { brush_type: 'oscillating', battery_days: 10, modes: 3, pressure_sensor: false, app: false, age_group: 'adult', pack_size: 1 }, axes: { color: ['blue', 'lilac', 'black'] } },
    { maker: 'Oral-B', model: 'Kids Frozen', rrp: 29, q: 0.7, a: { brush_type: 'oscillating', battery_days: 8, modes: 1, pressure_sensor: false, app: false, age_group: 'kids', pack_size: 1 }, axes: { color: ['blue'] } },
    { maker: 'Philips', model: 'Sonicare DiamondClean 9000', rrp: 299, q: 0.88, a: { brush_type: 'sonic', battery_days: 14, modes: 4, pressure_sensor: true, app: true, age_group: 'adult', pack_size: 1 }, axes: { color: ['white', 'black', 'pink'] } },
    { maker: 'Philips', model: 'Sonicare ProtectiveClean 4300', rrp: 79, q: 0.8, a: { brush_type: 'sonic', battery_days: 14, modes: 1, pressure_sensor: true, app: false, age_group: 'adult', pack_size: 1 } },
    { maker: 'Philips', model: 'Sonicare For Kids', rrp: 49, q: 0.76, a: { brush_type: 'sonic', battery_days: 18, modes: 2, pressure_sensor: false, app: true, age_group: 'kids', pack_size: 1 }, axes: { color: ['blue', 'pink'] } },
    { maker: 'Philips', model: 'Sonicare 3100 duo pack', rrp: 89, q: 0.76, a: { brush_type: 'sonic', battery_days: 14, modes: 1, pressure_sensor: true, app: false, age_group: 'adult', pack_size: 2 } },
    { maker: 'Suri', model: 'Sustainable Sonic Toothbrush', rrp: 75, q: 0.74, a: { brush_type: 'sonic', battery_days: 40, modes: 3, pressure_sensor: false, app: false, age_group: 'adult', pack_size: 1 }, axes: { color: ['sage green', 'midnight black', 'sunset pink'] } },
    { maker: 'Curaprox', model: 'Hydrosonic Pro', rrp: 169, q: 0.8, a: { brush_type: 'sonic', battery_days: 28, modes: 7, pressure_sensor: false, app: false, age_group: 'adult', pack_size: 1 } },
  ],
};

/** The hair dryers category (Google taxonomy 490): its vocabulary, consumer tastes and model lines. */
export const HAIR_DRYERS: CategorySpec = {
  id: '490',
  slug: 'hair-dryers',
  noun: 'hair dryer',
  attributes: [
    num('power_w', 'W', 'Power', 'Puissance', 'Rated power'),
    flag('ionic', 'Ionic', 'Ionique', 'Ionic technology against frizz'),
    num('heat_settings', 'settings', 'Heat settings', 'Réglages de chaleur', 'Number of heat settings'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight without cord'),
    flag('foldable', 'Foldable', 'Pliable', 'Handle folds for travel'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'foldable', onlyIf: true }],
    soft: [
      { attribute: 'power_w', direction: 'higher' },
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'ionic', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['color'],
  },
  axes: { color: ['black', 'white'] },
  models: [
    { maker: 'Dyson', model: 'Supersonic HD07', rrp: 449, q: 0.9, a: { power_w: 1600, ionic: true, heat_settings: 4, weight_g: 630, foldable: false }, axes: { color: ['iron/fuchsia', 'nickel/copper', 'prussian blue'] } },
    { maker: 'Dyson', model: 'Supersonic r', rrp: 499, q: 0.9, a: { power_w: 1600, ionic: true, heat_settings: 4, weight_g: 335, foldable: false } },
    { maker: 'Babyliss', model: 'Digital Sensor 6500E', rrp: 99, q: 0.8, a: { power_w: 2100, ionic: true, heat_settings: 3, weight_g: 550, foldable: false } },
    { maker: 'Babyliss', model: 'Pro Silence 2200W', rrp: 69, q: 0.72, a: { power_w: 2200, ionic: true, heat_settings: 3, weight_g: 600, foldable: false } },
    { maker: 'Babyliss', model: 'Travel Dry 2000', rrp: 29, q: 0.6, a: { power_w: 2000, ionic: false, heat_settings: 2, weight_g: 400, foldable: true } },
    { maker: 'Philips', model: '5000 Series BHD512', rrp: 49, q: 0.7, a: { power_w: 2300, ionic: true, heat_settings: 3, weight_g: 560, foldable: false }, axes: { color: ['purple', 'black'] } },
    { maker: 'Philips', model: 'Essential Care BHC010', rrp: 15, q: 0.5, a: { power_w: 1200, ionic: false, heat_settings: 2, weight_g: 330, foldable: true }, axes: { color: ['white'] } },
    { maker: 'Rowenta', model: 'Ultimate Experience CV9920', rrp: 129, q: 0.8, a: { power_w: 2200, ionic: true, heat_settings: 3, weight_g: 570, foldable: false } },
    { maker: 'GHD', model: 'Helios', rrp: 219, q: 0.86, a: { power_w: 1875, ionic: true, heat_settings: 3, weight_g: 780, foldable: false }, axes: { color: ['black', 'white', 'plum'] } },
    { maker: 'Remington', model: 'Hydraluxe Pro AC9140', rrp: 79, q: 0.74, a: { power_w: 2400, ionic: true, heat_settings: 3, weight_g: 650, foldable: false } },
    { maker: 'Xiaomi', model: 'Compact Hair Dryer H101', rrp: 25, q: 0.56, a: { power_w: 1600, ionic: true, heat_settings: 2, weight_g: 380, foldable: true }, axes: { color: ['white'] } },
  ],
};

/** The activity trackers category (Google taxonomy 500009): its vocabulary, consumer tastes and model lines. */
export const ACTIVITY_TRACKERS: CategorySpec = {
  id: '500009',
  slug: 'activity-trackers',
  noun: 'fitness tracker',
  attributes: [
    oneOf('form', ['band', 'watch'], 'Form', 'Format', 'Slim band or watch'),
    flag('gps', 'Built-in GPS', 'GPS intégré', 'Tracks runs without a phone'),
    num('battery_days', 'days', 'Battery life', 'Autonomie', 'Days in smartwatch mode'),
    flag('heart_rate', 'Heart-rate sensor', 'Cardiofréquencemètre', 'Measures heart rate at the wrist'),
    num('water_atm', 'ATM', 'Water resistance', 'Étanchéité', 'Water resistance in atmospheres'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'form' }, { attribute: 'gps', onlyIf: true }],
    soft: [
      { attribute: 'battery_days', direction: 'higher' },
      { attribute: 'water_atm', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['form', 'color'],
  },
  axes: { color: ['black', 'white', 'blue'] },
  models: [
    { maker: 'Fitbit', model: 'Charge 6', rrp: 159, q: 0.8, a: { form: 'band', gps: true, battery_days: 7, heart_rate: true, water_atm: 5 }, axes: { color: ['black', 'coral', 'porcelain'] } },
    { maker: 'Fitbit', model: 'Inspire 3', rrp: 99, q: 0.72, a: { form: 'band', gps: false, battery_days: 10, heart_rate: true, water_atm: 5 } },
    { maker: 'Garmin', model: 'Forerunner 265', rrp: 449, q: 0.9, a: { form: 'watch', gps: true, battery_days: 13, heart_rate: true, water_atm: 5 }, axes: { color: ['black', 'white', 'aqua'] } },
    { maker: 'Garmin', model: 'Forerunner 55', rrp: 199, q: 0.82, a: { form: 'watch', gps: true, battery_days: 14, heart_rate: true, water_atm: 5 } },
    { maker: 'Garmin', model: 'Vívosmart 5', rrp: 149, q: 0.74, a: { form: 'band', gps: false, battery_days: 7, heart_rate: true, water_atm: 5 } },
    { maker: 'Garmin', model: 'Venu 3', rrp: 449, q: 0.88, a: { form: 'watch', gps: true, battery_days: 14, heart_rate: true, water_atm: 5 } },
    { maker: 'Polar', model: 'Pacer', rrp: 199, q: 0.8, a: { form: 'watch', gps: true, battery_days: 7, heart_rate: true, water_atm: 5 } },
    { maker: 'Polar', model: 'Ignite 3', rrp: 329, q: 0.82, a: { form: 'watch', gps: true, battery_days: 5, heart_rate: true, water_atm: 3 } },
    { maker: 'Xiaomi', model: 'Smart Band 8', rrp: 39, q: 0.66, a: { form: 'band', gps: false, battery_days: 16, heart_rate: true, water_atm: 5 } },
    { maker: 'Huawei', model: 'Band 9', rrp: 59, q: 0.68, a: { form: 'band', gps: false, battery_days: 14, heart_rate: true, water_atm: 5 }, axes: { color: ['black', 'white', 'pink'] } },
    { maker: 'Amazfit', model: 'Bip 5', rrp: 89, q: 0.7, a: { form: 'watch', gps: true, battery_days: 10, heart_rate: true, water_atm: 5 } },
    { maker: 'Coros', model: 'Pace 3', rrp: 229, q: 0.86, a: { form: 'watch', gps: true, battery_days: 24, heart_rate: true, water_atm: 5 } },
  ],
};

/** The drills category (Google taxonomy 2629): its vocabulary, consumer tastes and model lines. */
export const DRILLS: CategorySpec = {
  id: '2629',
  slug: 'drills',
  noun: 'drill',
  attributes: [
    oneOf('drill_type', ['drill-driver', 'hammer-drill', 'impact-driver', 'sds'], 'Drill type', 'Type de perceuse', 'Drill-driver, hammer drill (combi), impact driver or SDS rotary hammer'),
    flag('cordless', 'Cordless', 'Sans fil', 'Runs on a battery'),
    num('voltage_v', 'V', 'Voltage', 'Tension', 'Battery voltage (cordless)'),
    num('torque_nm', 'Nm', 'Torque', 'Couple', 'Maximum torque'),
    num('batteries_included', 'batteries', 'Batteries included', 'Batteries fournies', 'Batteries in the box (0 = bare tool)'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight with battery'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'drill_type' }, { attribute: 'cordless', onlyIf: true }],
    soft: [
      { attribute: 'torque_nm', direction: 'higher' },
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'batteries_included', direction: 'higher' },
    ],
    style: ['drill_type'],
  },
  axes: { batteries_included: [0, 1, 2] },
  axisPrice: { batteries_included: { 0: -80, 1: -30, 2: 0 } },
  models: [
    { maker: 'Bosch', model: 'GSR 18V-55 Professional', rrp: 299, q: 0.86, a: { drill_type: 'drill-driver', cordless: true, voltage_v: 18, torque_nm: 55, weight_kg: 1.4, color: 'blue' } },
    { maker: 'Bosch', model: 'UniversalImpact 18V-60', rrp: 229, q: 0.78, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 60, weight_kg: 1.5, color: 'green' } },
    { maker: 'Bosch', model: 'EasyDrill 1200', rrp: 89, q: 0.66, a: { drill_type: 'drill-driver', cordless: true, voltage_v: 12, torque_nm: 30, weight_kg: 0.9, color: 'green' }, axes: { batteries_included: [1] } },
    { maker: 'Makita', model: 'DHP485', rrp: 279, q: 0.86, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 50, weight_kg: 1.7, color: 'teal' } },
    { maker: 'Makita', model: 'DTD153', rrp: 259, q: 0.86, a: { drill_type: 'impact-driver', cordless: true, voltage_v: 18, torque_nm: 170, weight_kg: 1.5, color: 'teal' } },
    { maker: 'DeWalt', model: 'DCD796', rrp: 299, q: 0.88, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 70, weight_kg: 1.7, color: 'yellow' } },
    { maker: 'DeWalt', model: 'DCD709', rrp: 199, q: 0.82, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 65, weight_kg: 1.3, color: 'yellow' } },
    { maker: 'Ryobi', model: 'R18PD3', rrp: 159, q: 0.74, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 50, weight_kg: 1.9, color: 'green' } },
    { maker: 'Einhell', model: 'TE-CD 18/40 Li', rrp: 99, q: 0.66, a: { drill_type: 'drill-driver', cordless: true, voltage_v: 18, torque_nm: 40, weight_kg: 1.3, color: 'red' } },
    { maker: 'Black+Decker', model: 'BCD003', rrp: 89, q: 0.6, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 30, weight_kg: 1.5, color: 'orange' }, axes: { batteries_included: [1] } },
    { maker: 'Bosch', model: 'PBH 2100 RE', rrp: 99, q: 0.74, a: { drill_type: 'sds', cordless: false, weight_kg: 2.2, color: 'green' }, axes: { batteries_included: [0] } },
    { maker: 'Makita', model: 'HP1631K', rrp: 119, q: 0.74, a: { drill_type: 'hammer-drill', cordless: false, weight_kg: 1.9, color: 'teal' }, axes: { batteries_included: [0] } },
    { maker: 'Milwaukee', model: 'M18 FPD3', rrp: 349, q: 0.9, a: { drill_type: 'hammer-drill', cordless: true, voltage_v: 18, torque_nm: 158, weight_kg: 2.4, color: 'red' } },
  ],
};

/** The strollers category (Google taxonomy 568): its vocabulary, consumer tastes and model lines. */
export const STROLLERS: CategorySpec = {
  id: '568',
  slug: 'strollers',
  noun: 'stroller',
  attributes: [
    oneOf('stroller_type', ['compact', 'full-size', 'jogging', 'double'], 'Stroller type', 'Type de poussette', 'Compact (travel), full-size, jogging or double'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight of the frame with seat'),
    flag('cabin_size', 'Cabin size', 'Format cabine', 'Folds to airline cabin size'),
    flag('from_birth', 'From birth', 'Dès la naissance', 'Usable from birth (lie-flat seat or bassinet)'),
    num('max_child_kg', 'kg', 'Maximum child weight', 'Poids maximal de l’enfant', 'Heaviest child allowed'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'stroller_type' }, { attribute: 'from_birth', onlyIf: true }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'max_child_kg', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['stroller_type', 'color'],
  },
  axes: { color: ['black', 'grey', 'navy', 'beige'] },
  models: [
    { maker: 'Babyzen', model: 'YOYO²', rrp: 449, q: 0.88, a: { stroller_type: 'compact', weight_kg: 6.2, cabin_size: true, from_birth: false, max_child_kg: 22 } },
    { maker: 'Cybex', model: 'Libelle', rrp: 299, q: 0.84, a: { stroller_type: 'compact', weight_kg: 5.9, cabin_size: true, from_birth: false, max_child_kg: 22 } },
    { maker: 'Cybex', model: 'Priam 4', rrp: 1099, q: 0.9, a: { stroller_type: 'full-size', weight_kg: 13.5, cabin_size: false, from_birth: true, max_child_kg: 22 } },
    { maker: 'Joolz', model: 'Aer+', rrp: 449, q: 0.86, a: { stroller_type: 'compact', weight_kg: 6.5, cabin_size: true, from_birth: true, max_child_kg: 22 } },
    { maker: 'Bugaboo', model: 'Fox 5', rrp: 1099, q: 0.9, a: { stroller_type: 'full-size', weight_kg: 12.3, cabin_size: false, from_birth: true, max_child_kg: 22 } },
    { maker: 'Bugaboo', model: 'Donkey 5 Twin', rrp: 1699, q: 0.88, a: { stroller_type: 'double', weight_kg: 17.3, cabin_size: false, from_birth: true, max_child_kg: 44 } },
    { maker: 'Chicco', model: 'Goody XPlus', rrp: 299, q: 0.76, a: { stroller_type: 'compact', weight_kg: 7.2, cabin_size: true, from_birth: true, max_child_kg: 22 } },
    { maker: 'Joie', model: 'Mytrax Pro', rrp: 299, q: 0.76, a: { stroller_type: 'full-size', weight_kg: 10.5, cabin_size: false, from_birth: true, max_child_kg: 22 } },
    { maker: 'Thule', model: 'Urban Glide 3', rrp: 599, q: 0.86, a: { stroller_type: 'jogging', weight_kg: 10.9, cabin_size: false, from_birth: true, max_child_kg: 22 } },
    { maker: 'Maxi-Cosi', model: 'Lara2', rrp: 249, q: 0.74, a: { stroller_type: 'compact', weight_kg: 7.1, cabin_size: true, from_birth: true, max_child_kg: 22 } },
  ],
};

/** The tea category (Google taxonomy 2073): its vocabulary, consumer tastes and model lines. */
export const TEA: CategorySpec = {
  id: '2073',
  slug: 'tea',
  noun: 'tea',
  attributes: [
    oneOf('tea_type', ['green', 'black', 'oolong', 'white', 'herbal', 'rooibos'], 'Tea type', 'Type de thé', 'Green, black, oolong, white, herbal infusion or rooibos'),
    oneOf('tea_form', ['loose', 'bags'], 'Form', 'Forme', 'Loose leaf or tea bags'),
    num('weight_g', 'g', 'Net weight', 'Poids net', 'Net weight of tea'),
    flag('organic', 'Organic', 'Bio', 'EU organic certified'),
    flag('caffeine_free', 'Caffeine-free', 'Sans théine', 'Naturally caffeine-free'),
    flag('flavoured', 'Flavoured', 'Aromatisé', 'Flavoured blend'),
  ],
  common: ['pack_size'],
  tastes: {
    hard: [{ attribute: 'tea_type' }, { attribute: 'tea_form' }, { attribute: 'organic', onlyIf: true }],
    soft: [
      { attribute: 'flavoured', direction: 'equals' },
      { attribute: 'organic', direction: 'equals', wanted: true },
      { attribute: 'weight_g', direction: 'higher' },
    ],
    style: ['tea_type', 'flavoured'],
  },
  axes: { pack_size: [1, 3, 6] },
  // A pack of three costs three boxes less 10%.
  price: (rrp, variant) => rrp * (variant.pack_size as number) * ((variant.pack_size as number) > 1 ? 0.9 : 1),
  certifications: [{ attribute: 'organic', when: true, kind: 'certification', reference: 'EU organic, control body FR-BIO-01, lot {gtin}', issuer: 'Ecocert' }],
  models: [
    { maker: 'Kusmi Tea', model: 'Detox', rrp: 14.5, a: { tea_type: 'green', tea_form: 'loose', weight_g: 100, organic: true, caffeine_free: false, flavoured: true } },
    { maker: 'Kusmi Tea', model: 'Anastasia', rrp: 14.5, a: { tea_type: 'black', tea_form: 'loose', weight_g: 100, organic: true, caffeine_free: false, flavoured: true } },
    { maker: 'Kusmi Tea', model: 'BB Detox 20 bags', rrp: 12.9, a: { tea_type: 'green', tea_form: 'bags', weight_g: 40, organic: true, caffeine_free: false, flavoured: true } },
    { maker: 'Mariage Frères', model: 'Marco Polo', rrp: 19, q: 0.88, a: { tea_type: 'black', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
    { maker: 'Mariage Frères', model: 'Earl Grey French Blue', rrp: 16, q: 0.84, a: { tea_type: 'black', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
    { maker: 'Palais des Thés', model: 'Thé des Moines', rrp: 14, a: { tea_type: 'black', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
    { maker: 'Palais des Thés', model: 'Sencha Ariake', rrp: 17, q: 0.84, a: { tea_type: 'green', tea_form: 'loose', weight_g: 100, organic: true, caffeine_free: false, flavoured: false } },
    { maker: 'Twinings', model: 'English Breakfast 50 bags', rrp: 5.2, q: 0.6, a: { tea_type: 'black', tea_form: 'bags', weight_g: 100, organic: false, caffeine_free: false, flavoured: false } },
    { maker: 'Twinings', model: 'Earl Grey 50 bags', rrp: 5.2, q: 0.6, a: { tea_type: 'black', tea_form: 'bags', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
    { maker: 'Lipton', model: 'Yellow Label 100 bags', rrp: 4.5, q: 0.45, a: { tea_type: 'black', tea_form: 'bags', weight_g: 200, organic: false, caffeine_free: false, flavoured: false } },
    { maker: 'Yogi Tea', model: 'Classic Chai 17 bags', rrp: 3.5, a: { tea_type: 'herbal', tea_form: 'bags', weight_g: 37, organic: true, caffeine_free: true, flavoured: true } },
    { maker: 'Yogi Tea', model: 'Bedtime 17 bags', rrp: 3.5, a: { tea_type: 'herbal', tea_form: 'bags', weight_g: 31, organic: true, caffeine_free: true, flavoured: true } },
    { maker: 'Pukka', model: 'Three Mint 20 bags', rrp: 4.2, a: { tea_type: 'herbal', tea_form: 'bags', weight_g: 30, organic: true, caffeine_free: true, flavoured: false } },
    { maker: 'Clipper', model: 'Organic Rooibos 40 bags', rrp: 3.9, a: { tea_type: 'rooibos', tea_form: 'bags', weight_g: 100, organic: true, caffeine_free: true, flavoured: false } },
    { maker: 'Dammann Frères', model: 'Jasmin Chung Hao', rrp: 12.5, a: { tea_type: 'green', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
    { maker: 'Dammann Frères', model: 'Pai Mu Tan', rrp: 15, a: { tea_type: 'white', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: false } },
    { maker: 'Kusmi Tea', model: 'Oolong Milky', rrp: 15.5, a: { tea_type: 'oolong', tea_form: 'loose', weight_g: 100, organic: false, caffeine_free: false, flavoured: true } },
  ],
};

/** The dog food category (Google taxonomy 3530): its vocabulary, consumer tastes and model lines. */
export const DOG_FOOD: CategorySpec = {
  id: '3530',
  slug: 'dog-food',
  noun: 'dog food',
  attributes: [
    oneOf('food_form', ['dry', 'wet'], 'Form', 'Forme', 'Dry kibble or wet food'),
    oneOf('life_stage', ['puppy', 'adult', 'senior'], 'Life stage', 'Âge du chien', 'Puppy, adult or senior'),
    oneOf('dog_size', ['small', 'medium', 'large', 'all'], 'Dog size', 'Taille du chien', 'Breed size it is made for'),
    num('weight_kg', 'kg', 'Net weight', 'Poids net', 'Net weight'),
    flag('grain_free', 'Grain-free', 'Sans céréales', 'Made without grain'),
    num('protein_percent', '%', 'Protein', 'Protéines', 'Crude protein'),
  ],
  common: ['pack_size'],
  tastes: {
    hard: [{ attribute: 'life_stage' }, { attribute: 'dog_size' }, { attribute: 'grain_free', onlyIf: true }],
    soft: [
      { attribute: 'protein_percent', direction: 'higher' },
      { attribute: 'weight_kg', direction: 'higher' },
      { attribute: 'food_form', direction: 'equals' },
    ],
    style: ['food_form'],
  },
  axes: { weight_kg: [3, 12] },
  // Bigger bags cost less per kilo: the RRP is for the first weight listed, larger ones scale with weight^0.85.
  price: (rrp, variant, model) => rrp * ((variant.weight_kg as number) / ((model.axes?.weight_kg?.[0] as number | undefined) ?? 3)) ** 0.85,
  models: [
    { maker: 'Royal Canin', model: 'Mini Adult', rrp: 22, q: 0.8, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'small', grain_free: false, protein_percent: 27 }, axes: { weight_kg: [2, 4, 8] } },
    { maker: 'Royal Canin', model: 'Maxi Puppy', rrp: 24, q: 0.82, a: { food_form: 'dry', life_stage: 'puppy', dog_size: 'large', grain_free: false, protein_percent: 32 }, axes: { weight_kg: [4, 15] } },
    { maker: 'Royal Canin', model: 'Medium Ageing 10+', rrp: 28, q: 0.8, a: { food_form: 'dry', life_stage: 'senior', dog_size: 'medium', grain_free: false, protein_percent: 24 }, axes: { weight_kg: [3, 15] } },
    { maker: 'Purina Pro Plan', model: 'Medium Adult Chicken', rrp: 21, q: 0.78, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'medium', grain_free: false, protein_percent: 27 }, axes: { weight_kg: [3, 14] } },
    { maker: 'Purina Pro Plan', model: 'Small & Mini Puppy', rrp: 19, q: 0.78, a: { food_form: 'dry', life_stage: 'puppy', dog_size: 'small', grain_free: false, protein_percent: 33 }, axes: { weight_kg: [3, 7] } },
    { maker: "Hill's Science Plan", model: 'Adult Large Breed Lamb', rrp: 29, q: 0.8, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'large', grain_free: false, protein_percent: 20 }, axes: { weight_kg: [2.5, 14] } },
    { maker: 'Acana', model: 'Wild Prairie', rrp: 32, q: 0.86, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'all', grain_free: true, protein_percent: 29 }, axes: { weight_kg: [2, 11.4] } },
    { maker: 'Orijen', model: 'Original', rrp: 38, q: 0.88, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'all', grain_free: true, protein_percent: 38 }, axes: { weight_kg: [2, 11.4] } },
    { maker: 'Pedigree', model: 'Adult Beef & Vegetables', rrp: 15, q: 0.5, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'all', grain_free: false, protein_percent: 18 }, axes: { weight_kg: [4, 10] } },
    { maker: 'Ultima', model: 'Medium-Maxi Adult', rrp: 18, q: 0.6, a: { food_form: 'dry', life_stage: 'adult', dog_size: 'large', grain_free: false, protein_percent: 25 }, axes: { weight_kg: [3, 14] } },
    { maker: 'Cesar', model: 'Selection in Sauce 24 x 100 g', rrp: 22, q: 0.6, a: { food_form: 'wet', life_stage: 'adult', dog_size: 'small', grain_free: false, protein_percent: 8 }, axes: { weight_kg: [2.4] } },
    { maker: 'Rinti', model: 'Gold Mini Adult 12 x 100 g', rrp: 15, q: 0.7, a: { food_form: 'wet', life_stage: 'adult', dog_size: 'small', grain_free: true, protein_percent: 11 }, axes: { weight_kg: [1.2] } },
    { maker: 'Terra Canis', model: 'Classic Beef 6 x 400 g', rrp: 25, q: 0.78, a: { food_form: 'wet', life_stage: 'adult', dog_size: 'all', grain_free: true, protein_percent: 10 }, axes: { weight_kg: [2.4] } },
  ],
};

/** Apparel, luggage, health and beauty, hardware, baby, food and pet categories. */
export const LIVING_SPECS: readonly CategorySpec[] = [JACKETS, BACKPACKS, SUITCASES, TOOTHBRUSHES, HAIR_DRYERS, ACTIVITY_TRACKERS, DRILLS, STROLLERS, TEA, DOG_FOOD];
