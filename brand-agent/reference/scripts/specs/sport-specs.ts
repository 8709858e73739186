// Sporting Goods (988): bicycles, bicycle helmets, tents, sleeping bags, yoga mats.
import { flag, num, oneOf, type CategorySpec } from './category-spec.ts';

const frameLetter = (cm: number): string => (cm <= 50 ? 'XS' : cm <= 53 ? 'S' : cm <= 55 ? 'M' : cm <= 57 ? 'L' : 'XL');

/** The bicycles category (Google taxonomy 1026): its vocabulary, consumer tastes and model lines. */
export const BICYCLES: CategorySpec = {
  id: '1026',
  slug: 'bicycles',
  noun: 'bike',
  attributes: [
    oneOf('bike_type', ['road', 'gravel', 'mountain', 'city', 'hybrid', 'kids'], 'Bike type', 'Type de vélo', 'Road, gravel, mountain, city, hybrid or children’s bike'),
    oneOf('frame_material', ['aluminium', 'carbon', 'steel'], 'Frame material', 'Matériau du cadre', 'What the frame is made of'),
    num('frame_size_cm', 'cm', 'Frame size', 'Taille du cadre', 'Seat-tube length; pick it from your height'),
    num('wheel_size_in', 'in', 'Wheel size', 'Taille des roues', 'Wheel diameter in inches (28" = 700c)'),
    num('gears', 'speeds', 'Gears', 'Vitesses', 'Number of gear combinations'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight of the bike in a medium size, without pedals'),
    oneOf('brake_type', ['rim', 'mechanical-disc', 'hydraulic-disc', 'coaster'], 'Brakes', 'Freins', 'Rim, mechanical or hydraulic disc, or coaster brakes'),
    flag('electric', 'Electric assist', 'Assistance électrique', 'Has a pedal-assist motor'),
  ],
  common: ['color', 'size', 'gender', 'age_group'],
  tastes: {
    hard: [{ attribute: 'bike_type' }, { attribute: 'frame_size_cm' }, { attribute: 'electric', onlyIf: true }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'gears', direction: 'higher' },
      { attribute: 'brake_type', direction: 'equals', wanted: 'hydraulic-disc' },
      { attribute: 'frame_material', direction: 'equals' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['bike_type', 'frame_material', 'color'],
  },
  axes: { frame_size_cm: [52, 54, 56, 58], color: ['black', 'blue'] },
  derive: (a): Record<string, string> => (typeof a.frame_size_cm === 'number' && a.bike_type !== 'kids' ? { size: frameLetter(a.frame_size_cm) } : {}),
  models: [
    { maker: 'Triban', model: 'RC 100', rrp: 349, q: 0.55, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 7, weight_kg: 11.5, brake_type: 'rim', electric: false, color: 'black', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [50, 53, 55, 57] } },
    { maker: 'Triban', model: 'RC 120', rrp: 449, q: 0.62, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 16, weight_kg: 10.9, brake_type: 'rim', electric: false, color: 'grey', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [50, 53, 55, 57, 59] } },
    { maker: 'Triban', model: 'RC 520', rrp: 899, q: 0.74, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 22, weight_kg: 9.9, brake_type: 'mechanical-disc', electric: false, color: 'blue', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Van Rysel', model: 'EDR AF 105', rrp: 1399, q: 0.8, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 22, weight_kg: 8.9, brake_type: 'hydraulic-disc', electric: false, color: 'white', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Giant', model: 'Contend 3', rrp: 749, q: 0.68, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 16, weight_kg: 10.2, brake_type: 'rim', electric: false, color: 'black', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Trek', model: 'Domane AL 2', rrp: 1049, q: 0.72, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 16, weight_kg: 10.1, brake_type: 'rim', electric: false, color: 'red', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Cannondale', model: 'CAAD Optimo 1', rrp: 1299, q: 0.78, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 22, weight_kg: 9.3, brake_type: 'rim', electric: false, color: 'black', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Canyon', model: 'Endurace 7', rrp: 1999, q: 0.86, a: { bike_type: 'road', frame_material: 'carbon', wheel_size_in: 28, gears: 22, weight_kg: 8.4, brake_type: 'hydraulic-disc', electric: false, color: 'grey', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Specialized', model: 'Allez', rrp: 1100, q: 0.73, a: { bike_type: 'road', frame_material: 'aluminium', wheel_size_in: 28, gears: 16, weight_kg: 9.9, brake_type: 'mechanical-disc', electric: false, color: 'white', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Cube', model: 'Nuroad', rrp: 999, q: 0.72, a: { bike_type: 'gravel', frame_material: 'aluminium', wheel_size_in: 28, gears: 16, weight_kg: 10.8, brake_type: 'mechanical-disc', electric: false, color: 'green', gender: 'unisex', age_group: 'adult' } },
    { maker: 'Rockrider', model: 'ST 530', rrp: 549, q: 0.64, a: { bike_type: 'mountain', frame_material: 'aluminium', wheel_size_in: 27.5, gears: 9, weight_kg: 14.5, brake_type: 'hydraulic-disc', electric: false, color: 'black', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [41, 46, 51] } },
    { maker: 'Trek', model: 'Marlin 5', rrp: 729, q: 0.7, a: { bike_type: 'mountain', frame_material: 'aluminium', wheel_size_in: 29, gears: 16, weight_kg: 14.2, brake_type: 'hydraulic-disc', electric: false, color: 'blue', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [43, 47, 50] } },
    { maker: 'Elops', model: '520 City', rrp: 329, q: 0.6, a: { bike_type: 'city', frame_material: 'aluminium', wheel_size_in: 28, gears: 6, weight_kg: 16.5, brake_type: 'rim', electric: false, color: 'white', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [48, 53] } },
    { maker: 'Gazelle', model: 'Paris C7 HMB', rrp: 2299, q: 0.8, a: { bike_type: 'city', frame_material: 'aluminium', wheel_size_in: 28, gears: 7, weight_kg: 24.5, brake_type: 'rim', electric: true, color: 'black', gender: 'unisex', age_group: 'adult' }, axes: { frame_size_cm: [49, 53, 57] } },
    { maker: 'Woom', model: '3', rrp: 459, q: 0.85, a: { bike_type: 'kids', frame_material: 'aluminium', wheel_size_in: 16, gears: 1, weight_kg: 5.4, brake_type: 'rim', electric: false, color: 'red', gender: 'unisex', age_group: 'kids', size: '4-6 years' }, axes: { color: ['red', 'blue', 'green'] } },
    { maker: 'Woom', model: '4', rrp: 529, q: 0.85, a: { bike_type: 'kids', frame_material: 'aluminium', wheel_size_in: 20, gears: 8, weight_kg: 7.7, brake_type: 'rim', electric: false, color: 'red', gender: 'unisex', age_group: 'kids', size: '6-8 years' }, axes: { color: ['red', 'blue', 'green'] } },
    { maker: 'Btwin', model: 'Riverside 500 24"', rrp: 299, q: 0.66, a: { bike_type: 'kids', frame_material: 'aluminium', wheel_size_in: 24, gears: 6, weight_kg: 12.8, brake_type: 'rim', electric: false, color: 'grey', gender: 'unisex', age_group: 'kids', size: '9-12 years' }, axes: { color: ['grey', 'blue'] } },
  ],
};

/** The bicycle helmets category (Google taxonomy 1029): its vocabulary, consumer tastes and model lines. */
export const BICYCLE_HELMETS: CategorySpec = {
  id: '1029',
  slug: 'bicycle-helmets',
  noun: 'bike helmet',
  attributes: [
    oneOf('helmet_type', ['road', 'urban', 'mountain', 'kids'], 'Helmet type', 'Type de casque', 'Road, urban, mountain-bike or children’s helmet'),
    flag('mips', 'MIPS', 'MIPS', 'Has a MIPS rotational-impact liner'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight in size M'),
    num('vents', 'vents', 'Vents', 'Aérations', 'Number of ventilation openings'),
    flag('integrated_light', 'Integrated light', 'Éclairage intégré', 'Has a built-in rear light'),
  ],
  common: ['color', 'size', 'age_group'],
  tastes: {
    hard: [{ attribute: 'size' }, { attribute: 'helmet_type' }, { attribute: 'mips', onlyIf: true }],
    soft: [
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'vents', direction: 'higher' },
      { attribute: 'mips', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['helmet_type', 'color'],
  },
  axes: { size: ['S', 'M', 'L'], color: ['black', 'white'] },
  certifications: [{ attribute: 'mips', when: true, kind: 'certification', reference: 'MIPS Brain Protection System licence, product {gtin}', issuer: 'MIPS AB' }],
  models: [
    { maker: 'Giro', model: 'Syntax MIPS', rrp: 159, a: { helmet_type: 'road', mips: true, weight_g: 280, vents: 25, integrated_light: false, color: 'black', age_group: 'adult' } },
    { maker: 'Giro', model: 'Register MIPS', rrp: 69, a: { helmet_type: 'urban', mips: true, weight_g: 310, vents: 22, integrated_light: false, color: 'grey', age_group: 'adult' }, axes: { size: ['M', 'L'] } },
    { maker: 'Specialized', model: 'Align II MIPS', rrp: 65, a: { helmet_type: 'mountain', mips: true, weight_g: 360, vents: 18, integrated_light: false, color: 'black', age_group: 'adult' }, axes: { size: ['S', 'M', 'L', 'XL'] } },
    { maker: 'Abus', model: 'Hyban 2.0', rrp: 89, a: { helmet_type: 'urban', mips: false, weight_g: 450, vents: 10, integrated_light: true, color: 'white', age_group: 'adult' } },
    { maker: 'Abus', model: 'Youn-I 2.0', rrp: 69, a: { helmet_type: 'urban', mips: false, weight_g: 380, vents: 6, integrated_light: true, color: 'blue', age_group: 'adult' }, axes: { size: ['S', 'M'] } },
    { maker: 'Kask', model: 'Mojito 3', rrp: 169, a: { helmet_type: 'road', mips: false, weight_g: 250, vents: 26, integrated_light: false, color: 'white', age_group: 'adult' } },
    { maker: 'Lazer', model: 'Tonic KinetiCore', rrp: 79, a: { helmet_type: 'road', mips: false, weight_g: 300, vents: 21, integrated_light: false, color: 'red', age_group: 'adult' } },
    { maker: 'POC', model: 'Ventral Air MIPS', rrp: 260, a: { helmet_type: 'road', mips: true, weight_g: 270, vents: 20, integrated_light: false, color: 'white', age_group: 'adult' } },
    { maker: 'Van Rysel', model: 'RCR MIPS', rrp: 90, a: { helmet_type: 'road', mips: true, weight_g: 290, vents: 18, integrated_light: false, color: 'black', age_group: 'adult' } },
    { maker: 'Btwin', model: 'Kids 500', rrp: 20, a: { helmet_type: 'kids', mips: false, weight_g: 240, vents: 12, integrated_light: false, color: 'blue', age_group: 'kids' }, axes: { size: ['XS', 'S'], color: ['blue', 'pink'] } },
    { maker: 'Woom', model: 'Kids helmet', rrp: 69, a: { helmet_type: 'kids', mips: false, weight_g: 230, vents: 11, integrated_light: false, color: 'green', age_group: 'kids' }, axes: { size: ['XS', 'S'], color: ['green', 'red'] } },
  ],
};

/** The tents category (Google taxonomy 1022): its vocabulary, consumer tastes and model lines. */
export const TENTS: CategorySpec = {
  id: '1022',
  slug: 'tents',
  noun: 'tent',
  attributes: [
    num('capacity_persons', 'persons', 'Sleeps', 'Places', 'How many people it sleeps'),
    num('weight_kg', 'kg', 'Packed weight', 'Poids', 'Packed weight'),
    num('waterhead_mm', 'mm', 'Waterproofness', 'Imperméabilité', 'Hydrostatic head of the flysheet'),
    num('seasons', 'seasons', 'Seasons', 'Saisons', '3-season or 4-season'),
    flag('freestanding', 'Freestanding', 'Autoportante', 'Stands without pegs'),
    oneOf('setup', ['pop-up', 'inflatable', 'poles'], 'Set-up', 'Montage', 'Pop-up, inflatable beams or poles'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'capacity_persons' }, { attribute: 'seasons' }, { attribute: 'freestanding', onlyIf: true }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'waterhead_mm', direction: 'higher' },
      { attribute: 'setup', direction: 'equals' },
    ],
    style: ['setup', 'color'],
  },
  axes: { color: ['green', 'grey'] },
  models: [
    { maker: 'Quechua', model: '2 Seconds Easy Fresh & Black 2P', rrp: 129, a: { capacity_persons: 2, weight_kg: 4.8, waterhead_mm: 2000, seasons: 3, freestanding: true, setup: 'pop-up', color: 'beige' }, axes: { color: ['beige', 'green'] } },
    { maker: 'Quechua', model: '2 Seconds Easy Fresh & Black 3P', rrp: 169, a: { capacity_persons: 3, weight_kg: 6.1, waterhead_mm: 2000, seasons: 3, freestanding: true, setup: 'pop-up', color: 'beige' } },
    { maker: 'Quechua', model: 'Air Seconds 4.1 F&B', rrp: 399, a: { capacity_persons: 4, weight_kg: 13.5, waterhead_mm: 2000, seasons: 3, freestanding: false, setup: 'inflatable', color: 'beige' } },
    { maker: 'Forclaz', model: 'MT900 Ultralight 2P', rrp: 349, a: { capacity_persons: 2, weight_kg: 1.4, waterhead_mm: 3000, seasons: 3, freestanding: false, setup: 'poles', color: 'grey' } },
    { maker: 'Forclaz', model: 'MT500 Dome 3P', rrp: 229, a: { capacity_persons: 3, weight_kg: 2.9, waterhead_mm: 2000, seasons: 3, freestanding: true, setup: 'poles', color: 'grey' } },
    { maker: 'MSR', model: 'Hubba Hubba 2', rrp: 599, a: { capacity_persons: 2, weight_kg: 1.7, waterhead_mm: 1200, seasons: 3, freestanding: true, setup: 'poles', color: 'grey' } },
    { maker: 'MSR', model: 'Access 2', rrp: 799, a: { capacity_persons: 2, weight_kg: 1.9, waterhead_mm: 1200, seasons: 4, freestanding: true, setup: 'poles', color: 'red' } },
    { maker: 'Vaude', model: 'Campo 3P', rrp: 329, a: { capacity_persons: 3, weight_kg: 3.4, waterhead_mm: 2000, seasons: 3, freestanding: false, setup: 'poles', color: 'green' } },
    { maker: 'Coleman', model: 'Darwin 4 Plus', rrp: 149, a: { capacity_persons: 4, weight_kg: 6.9, waterhead_mm: 3000, seasons: 3, freestanding: false, setup: 'poles', color: 'green' } },
    { maker: 'Coleman', model: 'Kobuk Valley 4', rrp: 199, a: { capacity_persons: 4, weight_kg: 8.9, waterhead_mm: 4500, seasons: 3, freestanding: false, setup: 'poles', color: 'green' } },
    { maker: 'Vango', model: 'Odyssey Air 500', rrp: 699, a: { capacity_persons: 5, weight_kg: 18.5, waterhead_mm: 4000, seasons: 3, freestanding: false, setup: 'inflatable', color: 'grey' } },
    { maker: 'The North Face', model: 'Stormbreak 2', rrp: 199, a: { capacity_persons: 2, weight_kg: 2.6, waterhead_mm: 1200, seasons: 3, freestanding: true, setup: 'poles', color: 'yellow' } },
    { maker: 'Hilleberg', model: 'Nammatj 2', rrp: 1049, a: { capacity_persons: 2, weight_kg: 2.7, waterhead_mm: 5000, seasons: 4, freestanding: false, setup: 'poles', color: 'red' }, axes: { color: ['red', 'green'] } },
    { maker: 'Nordisk', model: 'Telemark 2 LW', rrp: 499, a: { capacity_persons: 2, weight_kg: 0.9, waterhead_mm: 2000, seasons: 3, freestanding: false, setup: 'poles', color: 'green' } },
  ],
};

/** The sleeping bags category (Google taxonomy 1020): its vocabulary, consumer tastes and model lines. */
export const SLEEPING_BAGS: CategorySpec = {
  id: '1020',
  slug: 'sleeping-bags',
  noun: 'sleeping bag',
  attributes: [
    num('comfort_temp_c', '°C', 'Comfort temperature', 'Température de confort', 'ISO 23537 comfort temperature'),
    num('weight_g', 'g', 'Weight', 'Poids', 'Weight in size regular'),
    oneOf('fill', ['down', 'synthetic'], 'Fill', 'Garnissage', 'Down or synthetic insulation'),
    oneOf('shape', ['mummy', 'rectangular'], 'Shape', 'Forme', 'Mummy or rectangular cut'),
    num('length_cm', 'cm', 'Length', 'Longueur', 'Inside length'),
    oneOf('zip_side', ['left', 'right'], 'Zip side', 'Côté du zip', 'Side of the main zip (two bags with opposite zips join)'),
  ],
  common: ['color', 'size', 'age_group'],
  tastes: {
    hard: [{ attribute: 'comfort_temp_c' }, { attribute: 'shape' }, { attribute: 'fill' }],
    soft: [
      { attribute: 'weight_g', direction: 'lower' },
      { attribute: 'comfort_temp_c', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['fill', 'shape', 'color'],
  },
  axes: { size: ['regular', 'long'], zip_side: ['left', 'right'] },
  axisPrice: { size: { long: 20 } },
  derive: (a) => ({ length_cm: a.size === 'long' ? 210 : a.age_group === 'kids' ? 160 : 190 }),
  models: [
    { maker: 'Forclaz', model: 'MT500 0°', rrp: 90, a: { comfort_temp_c: 0, weight_g: 1450, fill: 'synthetic', shape: 'mummy', color: 'blue', age_group: 'adult' } },
    { maker: 'Forclaz', model: 'MT900 0° Down', rrp: 260, a: { comfort_temp_c: 0, weight_g: 950, fill: 'down', shape: 'mummy', color: 'grey', age_group: 'adult' } },
    { maker: 'Forclaz', model: 'MT500 10°', rrp: 45, a: { comfort_temp_c: 10, weight_g: 900, fill: 'synthetic', shape: 'mummy', color: 'green', age_group: 'adult' } },
    { maker: 'Quechua', model: 'Arpenaz 15°', rrp: 20, a: { comfort_temp_c: 15, weight_g: 1000, fill: 'synthetic', shape: 'rectangular', color: 'blue', age_group: 'adult' }, axes: { size: ['regular'], zip_side: ['left', 'right'] } },
    { maker: 'Deuter', model: 'Orbit 0°', rrp: 120, a: { comfort_temp_c: 0, weight_g: 1650, fill: 'synthetic', shape: 'rectangular', color: 'blue', age_group: 'adult' } },
    { maker: 'Deuter', model: 'Astro Pro 800', rrp: 330, a: { comfort_temp_c: -4, weight_g: 1220, fill: 'down', shape: 'mummy', color: 'red', age_group: 'adult' } },
    { maker: 'Deuter', model: 'Little Star', rrp: 70, a: { comfort_temp_c: 5, weight_g: 1000, fill: 'synthetic', shape: 'mummy', color: 'green', age_group: 'kids' }, axes: { size: ['kids'], zip_side: ['left', 'right'] } },
    { maker: 'Mammut', model: 'Comfort Down 0C', rrp: 329, a: { comfort_temp_c: 0, weight_g: 980, fill: 'down', shape: 'mummy', color: 'orange', age_group: 'adult' } },
    { maker: 'Vaude', model: 'Sioux 800', rrp: 110, a: { comfort_temp_c: 5, weight_g: 1750, fill: 'synthetic', shape: 'mummy', color: 'blue', age_group: 'adult' } },
    { maker: 'Sea to Summit', model: 'Spark -1C', rrp: 449, a: { comfort_temp_c: -1, weight_g: 620, fill: 'down', shape: 'mummy', color: 'grey', age_group: 'adult' } },
    { maker: 'Rab', model: 'Ascent 700', rrp: 370, a: { comfort_temp_c: -5, weight_g: 1320, fill: 'down', shape: 'mummy', color: 'blue', age_group: 'adult' } },
    { maker: 'The North Face', model: 'Cat’s Meow Eco', rrp: 199, a: { comfort_temp_c: -3, weight_g: 1430, fill: 'synthetic', shape: 'mummy', color: 'blue', age_group: 'adult' } },
  ],
};

/** The yoga mats category (Google taxonomy 3640): its vocabulary, consumer tastes and model lines. */
export const YOGA_MATS: CategorySpec = {
  id: '3640',
  slug: 'yoga-mats',
  noun: 'yoga mat',
  attributes: [
    num('thickness_mm', 'mm', 'Thickness', 'Épaisseur', 'Mat thickness'),
    num('length_cm', 'cm', 'Length', 'Longueur', 'Mat length'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight of the mat'),
    flag('non_slip', 'Non-slip', 'Antidérapant', 'Grips when wet'),
    flag('pvc_free', 'PVC-free', 'Sans PVC', 'Made without PVC'),
  ],
  common: ['color', 'material'],
  tastes: {
    hard: [{ attribute: 'thickness_mm' }, { attribute: 'pvc_free', onlyIf: true }],
    soft: [
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'non_slip', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['material', 'color'],
  },
  axes: { color: ['black', 'purple', 'blue', 'green'] },
  models: [
    { maker: 'Manduka', model: 'PRO 6mm', rrp: 129, q: 0.9, a: { thickness_mm: 6, length_cm: 180, weight_kg: 3.4, non_slip: true, pvc_free: false, material: 'PVC' } },
    { maker: 'Manduka', model: 'PROlite 4.7mm', rrp: 99, a: { thickness_mm: 4.7, length_cm: 180, weight_kg: 1.8, non_slip: true, pvc_free: false, material: 'PVC' } },
    { maker: 'Liforme', model: 'Yoga Mat', rrp: 149, q: 0.9, a: { thickness_mm: 4.2, length_cm: 185, weight_kg: 2.5, non_slip: true, pvc_free: true, material: 'natural rubber' } },
    { maker: 'Kimjaly', model: 'Comfort 8mm', rrp: 25, a: { thickness_mm: 8, length_cm: 185, weight_kg: 1.2, non_slip: false, pvc_free: true, material: 'NBR foam' } },
    { maker: 'Kimjaly', model: 'Grip 5mm', rrp: 40, a: { thickness_mm: 5, length_cm: 183, weight_kg: 2.1, non_slip: true, pvc_free: true, material: 'natural rubber' } },
    { maker: 'Gaiam', model: 'Premium 6mm', rrp: 35, a: { thickness_mm: 6, length_cm: 173, weight_kg: 1.6, non_slip: false, pvc_free: false, material: 'PVC' } },
    { maker: 'Jade', model: 'Harmony', rrp: 99, a: { thickness_mm: 4.8, length_cm: 188, weight_kg: 2.3, non_slip: true, pvc_free: true, material: 'natural rubber' } },
    { maker: 'Lululemon', model: 'The Mat 5mm', rrp: 108, a: { thickness_mm: 5, length_cm: 180, weight_kg: 2.4, non_slip: true, pvc_free: true, material: 'natural rubber' } },
    { maker: 'Domyos', model: 'Essential 4mm', rrp: 10, a: { thickness_mm: 4, length_cm: 173, weight_kg: 0.9, non_slip: false, pvc_free: false, material: 'PVC' } },
  ],
};

/** The sporting-goods categories. */
export const SPORT_SPECS: readonly CategorySpec[] = [BICYCLES, BICYCLE_HELMETS, TENTS, SLEEPING_BAGS, YOGA_MATS];
