// Home & Garden (536) appliances and Furniture (436): vacuums, coffee machines, kettles, blenders, lawn mowers,
// air purifiers, washing machines, mattresses, office chairs.
import { flag, num, oneOf, type CategorySpec } from './category-spec.ts';

/** The vacuums category (Google taxonomy 619): its vocabulary, consumer tastes and model lines. */
export const VACUUMS: CategorySpec = {
  id: '619',
  slug: 'vacuums',
  noun: 'vacuum cleaner',
  attributes: [
    oneOf('vacuum_type', ['stick', 'handheld', 'canister', 'upright', 'robot'], 'Type', 'Type', 'Stick, handheld, canister (sledge), upright or robot vacuum'),
    flag('cordless', 'Cordless', 'Sans fil', 'Runs on a battery'),
    num('runtime_min', 'min', 'Battery runtime', 'Autonomie', 'Runtime on one charge in eco mode (cordless only)'),
    num('noise_db', 'dB', 'Noise', 'Niveau sonore', 'Noise level in normal mode'),
    flag('bagless', 'Bagless', 'Sans sac', 'Collects dust in a bin, no bags to buy'),
    num('weight_kg', 'kg', 'Weight', 'Poids', 'Weight ready to use'),
    num('dust_capacity_l', 'l', 'Dust capacity', 'Capacité', 'Bin or bag capacity'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'vacuum_type' }, { attribute: 'cordless', onlyIf: true }, { attribute: 'bagless', onlyIf: true }],
    soft: [
      { attribute: 'noise_db', direction: 'lower' },
      { attribute: 'runtime_min', direction: 'higher' },
      { attribute: 'weight_kg', direction: 'lower' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['vacuum_type', 'color'],
  },
  axes: { color: ['grey', 'blue'] },
  models: [
    { maker: 'Dyson', model: 'V8 Absolute', rrp: 399, q: 0.8, a: { vacuum_type: 'stick', cordless: true, runtime_min: 40, noise_db: 81, bagless: true, weight_kg: 2.6, dust_capacity_l: 0.54, color: 'silver' }, axes: { color: ['silver', 'purple'] } },
    { maker: 'Dyson', model: 'V12 Detect Slim', rrp: 599, q: 0.88, a: { vacuum_type: 'stick', cordless: true, runtime_min: 60, noise_db: 79, bagless: true, weight_kg: 2.2, dust_capacity_l: 0.35, color: 'yellow' } },
    { maker: 'Dyson', model: 'V15 Detect Absolute', rrp: 749, q: 0.92, a: { vacuum_type: 'stick', cordless: true, runtime_min: 60, noise_db: 80, bagless: true, weight_kg: 3.1, dust_capacity_l: 0.76, color: 'yellow' } },
    { maker: 'Rowenta', model: 'X-Pert 6.60', rrp: 199, q: 0.7, a: { vacuum_type: 'stick', cordless: true, runtime_min: 45, noise_db: 78, bagless: true, weight_kg: 2.5, dust_capacity_l: 0.5, color: 'grey' }, axes: { color: ['grey', 'blue'] } },
    { maker: 'Rowenta', model: 'X-Force Flex 9.60', rrp: 399, q: 0.8, a: { vacuum_type: 'stick', cordless: true, runtime_min: 45, noise_db: 76, bagless: true, weight_kg: 2.8, dust_capacity_l: 0.55, color: 'blue' } },
    { maker: 'Rowenta', model: 'X-Pert 3.60', rrp: 149, q: 0.62, a: { vacuum_type: 'stick', cordless: true, runtime_min: 45, noise_db: 80, bagless: true, weight_kg: 2.3, dust_capacity_l: 0.65, color: 'red' } },
    { maker: 'Bosch', model: 'Unlimited 7 BCS71HYG1', rrp: 399, q: 0.82, a: { vacuum_type: 'stick', cordless: true, runtime_min: 40, noise_db: 77, bagless: true, weight_kg: 3, dust_capacity_l: 0.3, color: 'white' } },
    { maker: 'Bosch', model: 'Serie 4 Flexxo BBH3ALL28', rrp: 249, q: 0.7, a: { vacuum_type: 'stick', cordless: true, runtime_min: 55, noise_db: 75, bagless: true, weight_kg: 3.3, dust_capacity_l: 0.4, color: 'black' } },
    { maker: 'Philips', model: 'SpeedPro Max XC8149', rrp: 449, q: 0.76, a: { vacuum_type: 'stick', cordless: true, runtime_min: 75, noise_db: 79, bagless: true, weight_kg: 2.6, dust_capacity_l: 0.6, color: 'blue' } },
    { maker: 'Philips', model: '3000 Series XC3131', rrp: 179, q: 0.64, a: { vacuum_type: 'stick', cordless: true, runtime_min: 60, noise_db: 80, bagless: true, weight_kg: 2.6, dust_capacity_l: 0.6, color: 'white' } },
    { maker: 'Xiaomi', model: 'Vacuum Cleaner G10', rrp: 249, q: 0.72, a: { vacuum_type: 'stick', cordless: true, runtime_min: 65, noise_db: 76, bagless: true, weight_kg: 1.6, dust_capacity_l: 0.6, color: 'white' } },
    { maker: 'Xiaomi', model: 'Vacuum Cleaner G9 Plus', rrp: 189, q: 0.68, a: { vacuum_type: 'stick', cordless: true, runtime_min: 60, noise_db: 74, bagless: true, weight_kg: 1.5, dust_capacity_l: 0.6, color: 'white' } },
    { maker: 'Dreame', model: 'T20 Pro', rrp: 229, q: 0.72, a: { vacuum_type: 'stick', cordless: true, runtime_min: 70, noise_db: 72, bagless: true, weight_kg: 1.6, dust_capacity_l: 0.6, color: 'grey' } },
    { maker: 'Samsung', model: 'Bespoke Jet', rrp: 699, q: 0.84, a: { vacuum_type: 'stick', cordless: true, runtime_min: 60, noise_db: 81, bagless: true, weight_kg: 2.7, dust_capacity_l: 0.5, color: 'white' } },
    { maker: 'Shark', model: 'Anti Hair Wrap IZ202EUT', rrp: 349, q: 0.78, a: { vacuum_type: 'stick', cordless: true, runtime_min: 40, noise_db: 77, bagless: true, weight_kg: 3.2, dust_capacity_l: 0.7, color: 'grey' } },
    { maker: 'Hoover', model: 'HF1 HF122GPT', rrp: 179, q: 0.62, a: { vacuum_type: 'stick', cordless: true, runtime_min: 40, noise_db: 82, bagless: true, weight_kg: 2.6, dust_capacity_l: 0.7, color: 'grey' } },
    { maker: 'Electrolux', model: 'Well Q6 WQ61-1EDBF', rrp: 149, q: 0.6, a: { vacuum_type: 'stick', cordless: true, runtime_min: 45, noise_db: 79, bagless: true, weight_kg: 2.7, dust_capacity_l: 0.5, color: 'blue' } },
    { maker: 'Dyson', model: 'V7 Car+Boat', rrp: 199, q: 0.7, a: { vacuum_type: 'handheld', cordless: true, runtime_min: 30, noise_db: 82, bagless: true, weight_kg: 1.6, dust_capacity_l: 0.54, color: 'grey' } },
    { maker: 'Black+Decker', model: 'Dustbuster NVD220J', rrp: 49, q: 0.5, a: { vacuum_type: 'handheld', cordless: true, runtime_min: 13, noise_db: 78, bagless: true, weight_kg: 0.9, dust_capacity_l: 0.44, color: 'white' } },
    { maker: 'Miele', model: 'Complete C3 Silence', rrp: 379, q: 0.88, a: { vacuum_type: 'canister', cordless: false, noise_db: 66, bagless: false, weight_kg: 6.5, dust_capacity_l: 4.5, color: 'grey' }, axes: { color: ['grey', 'red'] } },
    { maker: 'Miele', model: 'Boost CX1', rrp: 329, q: 0.82, a: { vacuum_type: 'canister', cordless: false, noise_db: 72, bagless: true, weight_kg: 6.4, dust_capacity_l: 1, color: 'red' } },
    { maker: 'Rowenta', model: 'Silence Force RO7487', rrp: 259, q: 0.76, a: { vacuum_type: 'canister', cordless: false, noise_db: 64, bagless: false, weight_kg: 7.1, dust_capacity_l: 4.5, color: 'black' } },
    { maker: 'Bosch', model: 'Serie 2 BGLS2LW1', rrp: 119, q: 0.6, a: { vacuum_type: 'canister', cordless: false, noise_db: 80, bagless: false, weight_kg: 4.5, dust_capacity_l: 3.5, color: 'white' } },
    { maker: 'Vax', model: 'Mach Air Upright', rrp: 199, q: 0.62, a: { vacuum_type: 'upright', cordless: false, noise_db: 82, bagless: true, weight_kg: 5.8, dust_capacity_l: 1.5, color: 'grey' } },
    { maker: 'iRobot', model: 'Roomba Combo i5', rrp: 349, q: 0.72, a: { vacuum_type: 'robot', cordless: true, runtime_min: 75, noise_db: 65, bagless: true, weight_kg: 3.3, dust_capacity_l: 0.4, color: 'black' } },
    { maker: 'Roborock', model: 'S8', rrp: 549, q: 0.84, a: { vacuum_type: 'robot', cordless: true, runtime_min: 180, noise_db: 67, bagless: true, weight_kg: 4.3, dust_capacity_l: 0.4, color: 'black' }, axes: { color: ['black', 'white'] } },
    { maker: 'Roborock', model: 'Q7 Max', rrp: 349, q: 0.76, a: { vacuum_type: 'robot', cordless: true, runtime_min: 180, noise_db: 67, bagless: true, weight_kg: 3.7, dust_capacity_l: 0.47, color: 'white' } },
  ],
};

/** The coffee machines category (Google taxonomy 736): its vocabulary, consumer tastes and model lines. */
export const COFFEE_MACHINES: CategorySpec = {
  id: '736',
  slug: 'coffee-machines',
  noun: 'coffee machine',
  attributes: [
    oneOf('machine_type', ['bean-to-cup', 'espresso', 'capsule', 'filter', 'pod'], 'Machine type', 'Type de machine', 'Bean-to-cup, manual espresso, capsule, filter or pod machine'),
    num('pressure_bar', 'bar', 'Pump pressure', 'Pression', 'Pump pressure'),
    num('water_tank_l', 'l', 'Water tank', 'Réservoir', 'Water tank capacity'),
    flag('milk_frother', 'Milk frother', 'Mousseur à lait', 'Froths milk (steam wand or automatic)'),
    flag('grinder', 'Built-in grinder', 'Broyeur intégré', 'Grinds beans itself'),
    num('power_w', 'W', 'Power', 'Puissance', 'Rated power'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'machine_type' }, { attribute: 'milk_frother', onlyIf: true }],
    soft: [
      { attribute: 'water_tank_l', direction: 'higher' },
      { attribute: 'milk_frother', direction: 'equals', wanted: true },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['machine_type', 'color'],
  },
  axes: { color: ['black', 'silver'] },
  models: [
    { maker: "De'Longhi", model: 'Magnifica S ECAM22.110.B', rrp: 429, q: 0.78, a: { machine_type: 'bean-to-cup', pressure_bar: 15, water_tank_l: 1.8, milk_frother: true, grinder: true, power_w: 1450, color: 'black' } },
    { maker: "De'Longhi", model: 'Dinamica ECAM350.55.B', rrp: 699, q: 0.84, a: { machine_type: 'bean-to-cup', pressure_bar: 15, water_tank_l: 1.8, milk_frother: true, grinder: true, power_w: 1450, color: 'black' } },
    { maker: "De'Longhi", model: 'Dedica EC685', rrp: 199, q: 0.72, a: { machine_type: 'espresso', pressure_bar: 15, water_tank_l: 1.1, milk_frother: true, grinder: false, power_w: 1300, color: 'silver' }, axes: { color: ['silver', 'black', 'red'] } },
    { maker: 'Philips', model: 'Series 2200 EP2220', rrp: 399, q: 0.74, a: { machine_type: 'bean-to-cup', pressure_bar: 15, water_tank_l: 1.8, milk_frother: true, grinder: true, power_w: 1500, color: 'black' } },
    { maker: 'Philips', model: 'Series 3200 LatteGo EP3246', rrp: 649, q: 0.82, a: { machine_type: 'bean-to-cup', pressure_bar: 15, water_tank_l: 1.8, milk_frother: true, grinder: true, power_w: 1500, color: 'black' } },
    { maker: 'Sage', model: 'Barista Express BES875', rrp: 699, q: 0.86, a: { machine_type: 'espresso', pressure_bar: 15, water_tank_l: 2, milk_frother: true, grinder: true, power_w: 1850, color: 'silver' }, axes: { color: ['silver', 'black'] } },
    { maker: 'Sage', model: 'Bambino Plus', rrp: 449, q: 0.82, a: { machine_type: 'espresso', pressure_bar: 15, water_tank_l: 1.9, milk_frother: true, grinder: false, power_w: 1600, color: 'silver' } },
    { maker: 'Gaggia', model: 'Classic Evo Pro', rrp: 449, q: 0.8, a: { machine_type: 'espresso', pressure_bar: 15, water_tank_l: 2.1, milk_frother: true, grinder: false, power_w: 1200, color: 'silver' } },
    { maker: 'Krups', model: 'Nespresso Vertuo Pop', rrp: 99, q: 0.6, a: { machine_type: 'capsule', water_tank_l: 0.56, milk_frother: false, grinder: false, power_w: 1260, color: 'blue' }, axes: { color: ['blue', 'red', 'black'] } },
    { maker: "De'Longhi", model: 'Nespresso Essenza Mini EN85', rrp: 119, q: 0.62, a: { machine_type: 'capsule', pressure_bar: 19, water_tank_l: 0.6, milk_frother: false, grinder: false, power_w: 1150, color: 'white' }, axes: { color: ['white', 'black'] } },
    { maker: 'Krups', model: 'Nespresso Lattissima One', rrp: 249, q: 0.68, a: { machine_type: 'capsule', pressure_bar: 19, water_tank_l: 1, milk_frother: true, grinder: false, power_w: 1450, color: 'white' } },
    { maker: 'Bosch', model: 'Tassimo Style TAS1107', rrp: 79, q: 0.55, a: { machine_type: 'pod', pressure_bar: 3.3, water_tank_l: 0.7, milk_frother: false, grinder: false, power_w: 1400, color: 'black' }, axes: { color: ['black', 'red'] } },
    { maker: 'Moccamaster', model: 'KBG Select', rrp: 259, q: 0.86, a: { machine_type: 'filter', water_tank_l: 1.25, milk_frother: false, grinder: false, power_w: 1520, color: 'black' }, axes: { color: ['black', 'silver', 'red'] } },
    { maker: 'Melitta', model: 'Look V Timer', rrp: 69, q: 0.6, a: { machine_type: 'filter', water_tank_l: 1.25, milk_frother: false, grinder: false, power_w: 1080, color: 'black' } },
    { maker: 'Melitta', model: 'Avanza F270-100', rrp: 499, q: 0.76, a: { machine_type: 'bean-to-cup', pressure_bar: 15, water_tank_l: 1.5, milk_frother: true, grinder: true, power_w: 1450, color: 'grey' } },
    { maker: 'Siemens', model: 'EQ.6 plus s300', rrp: 899, q: 0.84, a: { machine_type: 'bean-to-cup', pressure_bar: 19, water_tank_l: 1.7, milk_frother: true, grinder: true, power_w: 1500, color: 'black' } },
  ],
};

/** The electric kettles category (Google taxonomy 751): its vocabulary, consumer tastes and model lines. */
export const KETTLES: CategorySpec = {
  id: '751',
  slug: 'electric-kettles',
  noun: 'kettle',
  attributes: [
    num('capacity_l', 'l', 'Capacity', 'Capacité', 'Water capacity'),
    num('power_w', 'W', 'Power', 'Puissance', 'Rated power'),
    flag('temperature_control', 'Temperature control', 'Réglage de température', 'Heats to a chosen temperature (tea, baby milk)'),
    oneOf('body', ['stainless steel', 'glass', 'plastic'], 'Body', 'Corps', 'What the body is made of'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'temperature_control', onlyIf: true }, { attribute: 'body' }],
    soft: [
      { attribute: 'capacity_l', direction: 'higher' },
      { attribute: 'power_w', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['body', 'color'],
  },
  axes: { color: ['black', 'white', 'silver'] },
  models: [
    { maker: 'Bosch', model: 'TWK7203 Styline', rrp: 69, a: { capacity_l: 1.7, power_w: 2200, temperature_control: true, body: 'stainless steel' } },
    { maker: 'Bosch', model: 'TWK3A011', rrp: 30, a: { capacity_l: 1.7, power_w: 2400, temperature_control: false, body: 'plastic' } },
    { maker: 'Russell Hobbs', model: 'Luna 23210', rrp: 49, a: { capacity_l: 1.7, power_w: 3000, temperature_control: false, body: 'stainless steel' } },
    { maker: 'Russell Hobbs', model: 'Glass 26080', rrp: 39, a: { capacity_l: 1.7, power_w: 2200, temperature_control: false, body: 'glass' }, axes: { color: ['black'] } },
    { maker: 'Smeg', model: 'KLF04', rrp: 169, q: 0.8, a: { capacity_l: 1.7, power_w: 2400, temperature_control: true, body: 'stainless steel' }, axes: { color: ['cream', 'black', 'red', 'pastel blue'] } },
    { maker: 'Tefal', model: 'Sense KO6931', rrp: 79, a: { capacity_l: 1.5, power_w: 1800, temperature_control: true, body: 'stainless steel' } },
    { maker: 'Philips', model: '5000 Series HD9359', rrp: 59, a: { capacity_l: 1.7, power_w: 2200, temperature_control: false, body: 'stainless steel' } },
    { maker: 'Fellow', model: 'Stagg EKG', rrp: 199, q: 0.86, a: { capacity_l: 0.9, power_w: 1200, temperature_control: true, body: 'stainless steel' }, axes: { color: ['black', 'white'] } },
    { maker: 'WMF', model: 'Lono Kettle', rrp: 89, a: { capacity_l: 1.7, power_w: 2400, temperature_control: false, body: 'stainless steel' } },
    { maker: 'Xiaomi', model: 'Mi Smart Kettle Pro', rrp: 49, a: { capacity_l: 1.5, power_w: 1800, temperature_control: true, body: 'stainless steel' }, axes: { color: ['white'] } },
  ],
};

/** The blenders category (Google taxonomy 505666): its vocabulary, consumer tastes and model lines. */
export const BLENDERS: CategorySpec = {
  id: '505666',
  slug: 'blenders',
  noun: 'blender',
  attributes: [
    oneOf('blender_type', ['countertop', 'hand', 'personal'], 'Type', 'Type', 'Countertop jug, hand (immersion) or personal (to-go) blender'),
    num('power_w', 'W', 'Power', 'Puissance', 'Motor power'),
    num('jug_l', 'l', 'Jug capacity', 'Capacité du bol', 'Usable jug capacity'),
    num('speeds', 'speeds', 'Speeds', 'Vitesses', 'Number of speed settings'),
    flag('heating', 'Heating (soup maker)', 'Chauffant', 'Heats and cooks soups'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'blender_type' }, { attribute: 'heating', onlyIf: true }],
    soft: [
      { attribute: 'power_w', direction: 'higher' },
      { attribute: 'jug_l', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
    ],
    style: ['blender_type', 'color'],
  },
  axes: { color: ['black', 'white', 'red'] },
  models: [
    { maker: 'Vitamix', model: 'E310 Explorian', rrp: 499, q: 0.9, a: { blender_type: 'countertop', power_w: 1400, jug_l: 1.4, speeds: 10, heating: false }, axes: { color: ['black', 'red'] } },
    { maker: 'Moulinex', model: 'Blendforce LM4398', rrp: 69, a: { blender_type: 'countertop', power_w: 800, jug_l: 1.75, speeds: 2, heating: false } },
    { maker: 'Moulinex', model: 'Easy Soup LM841110', rrp: 99, a: { blender_type: 'countertop', power_w: 1000, jug_l: 1.2, speeds: 1, heating: true }, axes: { color: ['white'] } },
    { maker: 'Philips', model: '5000 Series HR2228', rrp: 119, a: { blender_type: 'countertop', power_w: 1200, jug_l: 2, speeds: 5, heating: false } },
    { maker: 'Ninja', model: 'Foodi Power Blender CB100EU', rrp: 149, a: { blender_type: 'countertop', power_w: 1200, jug_l: 2.1, speeds: 5, heating: false }, axes: { color: ['black'] } },
    { maker: 'KitchenAid', model: 'K400 Artisan', rrp: 299, q: 0.84, a: { blender_type: 'countertop', power_w: 1200, jug_l: 1.4, speeds: 5, heating: false }, axes: { color: ['black', 'red', 'cream'] } },
    { maker: 'Braun', model: 'MultiQuick 7 MQ7035X', rrp: 89, a: { blender_type: 'hand', power_w: 1000, jug_l: 0.6, speeds: 24, heating: false } },
    { maker: 'Braun', model: 'MultiQuick 5 MQ5235', rrp: 59, a: { blender_type: 'hand', power_w: 1000, jug_l: 0.6, speeds: 21, heating: false }, axes: { color: ['white'] } },
    { maker: 'Bamix', model: 'SwissLine M200', rrp: 199, q: 0.86, a: { blender_type: 'hand', power_w: 200, jug_l: 0.4, speeds: 2, heating: false } },
    { maker: 'NutriBullet', model: 'Pro 900', rrp: 99, a: { blender_type: 'personal', power_w: 900, jug_l: 0.9, speeds: 1, heating: false }, axes: { color: ['grey', 'black'] } },
    { maker: 'Tefal', model: 'Mix & Move BL15FD30', rrp: 35, a: { blender_type: 'personal', power_w: 300, jug_l: 0.6, speeds: 1, heating: false } },
  ],
};

/** The lawn mowers category (Google taxonomy 694): its vocabulary, consumer tastes and model lines. */
export const LAWN_MOWERS: CategorySpec = {
  id: '694',
  slug: 'lawn-mowers',
  noun: 'lawn mower',
  attributes: [
    oneOf('power_source', ['battery', 'electric', 'petrol', 'manual'], 'Power source', 'Alimentation', 'Battery, mains electric, petrol or push (manual)'),
    num('cutting_width_cm', 'cm', 'Cutting width', 'Largeur de coupe', 'Width of one pass'),
    num('lawn_area_m2', 'm²', 'Lawn area', 'Surface de pelouse', 'Recommended lawn size'),
    flag('self_propelled', 'Self-propelled', 'Autotracté', 'Drives itself forward'),
    num('noise_db', 'dB', 'Noise', 'Niveau sonore', 'Guaranteed sound power'),
    flag('robotic', 'Robotic', 'Robot', 'Mows on its own (robot mower)'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'power_source' }, { attribute: 'robotic', onlyIf: true }],
    soft: [
      { attribute: 'lawn_area_m2', direction: 'higher' },
      { attribute: 'noise_db', direction: 'lower' },
      { attribute: 'cutting_width_cm', direction: 'higher' },
    ],
    style: ['power_source'],
  },
  axes: { color: ['green'] },
  models: [
    { maker: 'Bosch', model: 'Rotak 32', rrp: 139, a: { power_source: 'electric', cutting_width_cm: 32, lawn_area_m2: 300, self_propelled: false, noise_db: 92, robotic: false } },
    { maker: 'Bosch', model: 'CityMower 18V-32-300', rrp: 249, a: { power_source: 'battery', cutting_width_cm: 32, lawn_area_m2: 300, self_propelled: false, noise_db: 88, robotic: false } },
    { maker: 'Bosch', model: 'Indego S+ 500', rrp: 799, a: { power_source: 'battery', cutting_width_cm: 19, lawn_area_m2: 500, self_propelled: true, noise_db: 61, robotic: true } },
    { maker: 'Gardena', model: 'PowerMax 32/36V P4A', rrp: 299, a: { power_source: 'battery', cutting_width_cm: 32, lawn_area_m2: 250, self_propelled: false, noise_db: 90, robotic: false }, axes: { color: ['turquoise'] } },
    { maker: 'Gardena', model: 'smart Sileno city 500', rrp: 899, a: { power_source: 'battery', cutting_width_cm: 16, lawn_area_m2: 500, self_propelled: true, noise_db: 58, robotic: true }, axes: { color: ['turquoise'] } },
    { maker: 'Gardena', model: 'Classic 330', rrp: 99, a: { power_source: 'manual', cutting_width_cm: 33, lawn_area_m2: 150, self_propelled: false, noise_db: 60, robotic: false }, axes: { color: ['turquoise'] } },
    { maker: 'Husqvarna', model: 'Automower 305', rrp: 1399, q: 0.86, a: { power_source: 'battery', cutting_width_cm: 22, lawn_area_m2: 600, self_propelled: true, noise_db: 58, robotic: true }, axes: { color: ['grey'] } },
    { maker: 'Husqvarna', model: 'LC 140S', rrp: 429, a: { power_source: 'petrol', cutting_width_cm: 40, lawn_area_m2: 800, self_propelled: true, noise_db: 96, robotic: false }, axes: { color: ['grey'] } },
    { maker: 'Makita', model: 'DLM330Z', rrp: 239, a: { power_source: 'battery', cutting_width_cm: 33, lawn_area_m2: 300, self_propelled: false, noise_db: 84, robotic: false }, axes: { color: ['teal'] } },
    { maker: 'Stihl', model: 'RMA 339 C', rrp: 449, a: { power_source: 'battery', cutting_width_cm: 37, lawn_area_m2: 400, self_propelled: false, noise_db: 84, robotic: false }, axes: { color: ['orange'] } },
    { maker: 'Einhell', model: 'GE-CM 36/36 Li', rrp: 279, a: { power_source: 'battery', cutting_width_cm: 36, lawn_area_m2: 500, self_propelled: false, noise_db: 94, robotic: false }, axes: { color: ['red'] } },
    { maker: 'Gardena', model: 'HandyMower 22V P4A', rrp: 229, a: { power_source: 'battery', cutting_width_cm: 22, lawn_area_m2: 50, self_propelled: false, noise_db: 85, robotic: false }, axes: { color: ['turquoise'] } },
    { maker: 'Honda', model: 'HRG 416 SK', rrp: 599, q: 0.86, a: { power_source: 'petrol', cutting_width_cm: 41, lawn_area_m2: 1000, self_propelled: true, noise_db: 96, robotic: false }, axes: { color: ['red'] } },
    { maker: 'Segway', model: 'Navimow i105E', rrp: 999, q: 0.82, a: { power_source: 'battery', cutting_width_cm: 18, lawn_area_m2: 500, self_propelled: true, noise_db: 58, robotic: true }, axes: { color: ['grey'] } },
    { maker: 'Worx', model: 'Landroid M500 WR141E', rrp: 799, a: { power_source: 'battery', cutting_width_cm: 18, lawn_area_m2: 500, self_propelled: true, noise_db: 63, robotic: true }, axes: { color: ['orange'] } },
  ],
};

/** The air purifiers category (Google taxonomy 606): its vocabulary, consumer tastes and model lines. */
export const AIR_PURIFIERS: CategorySpec = {
  id: '606',
  slug: 'air-purifiers',
  noun: 'air purifier',
  attributes: [
    num('cadr_m3h', 'm³/h', 'Clean air delivery rate', 'Débit d’air purifié', 'CADR for smoke particles'),
    num('room_m2', 'm²', 'Room size', 'Surface de pièce', 'Recommended room size'),
    flag('hepa', 'True HEPA filter', 'Filtre HEPA', 'Has a true HEPA (H13) filter'),
    num('noise_db', 'dB', 'Noise (lowest)', 'Niveau sonore', 'Noise at the lowest speed'),
    flag('app_control', 'App control', 'Contrôle par appli', 'Can be controlled from a phone'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'hepa', onlyIf: true }],
    soft: [
      { attribute: 'room_m2', direction: 'higher' },
      { attribute: 'noise_db', direction: 'lower' },
      { attribute: 'app_control', direction: 'equals', wanted: true },
    ],
    style: ['color'],
  },
  axes: { color: ['white'] },
  models: [
    { maker: 'Philips', model: 'Series 2000i AC2889', rrp: 349, a: { cadr_m3h: 333, room_m2: 79, hepa: true, noise_db: 20, app_control: true } },
    { maker: 'Philips', model: 'Series 800 AC0820', rrp: 129, a: { cadr_m3h: 190, room_m2: 49, hepa: true, noise_db: 15, app_control: false } },
    { maker: 'Dyson', model: 'Purifier Cool TP07', rrp: 599, a: { cadr_m3h: 290, room_m2: 81, hepa: true, noise_db: 35, app_control: true }, axes: { color: ['white', 'black'] } },
    { maker: 'Levoit', model: 'Core 300S', rrp: 149, a: { cadr_m3h: 240, room_m2: 52, hepa: true, noise_db: 22, app_control: true }, axes: { color: ['white', 'black'] } },
    { maker: 'Levoit', model: 'Core 600S', rrp: 299, a: { cadr_m3h: 640, room_m2: 146, hepa: true, noise_db: 25, app_control: true } },
    { maker: 'Xiaomi', model: 'Smart Air Purifier 4', rrp: 199, a: { cadr_m3h: 400, room_m2: 48, hepa: true, noise_db: 32, app_control: true } },
    { maker: 'Xiaomi', model: 'Smart Air Purifier 4 Lite', rrp: 129, a: { cadr_m3h: 360, room_m2: 43, hepa: true, noise_db: 33, app_control: true } },
    { maker: 'Rowenta', model: 'Pure Air Genius PU3080', rrp: 299, a: { cadr_m3h: 310, room_m2: 70, hepa: false, noise_db: 24, app_control: false } },
    { maker: 'Blueair', model: 'Blue Pure 411', rrp: 119, a: { cadr_m3h: 190, room_m2: 15, hepa: false, noise_db: 17, app_control: false }, axes: { color: ['grey'] } },
    { maker: 'Philips', model: 'Series 3000i AC3033', rrp: 499, a: { cadr_m3h: 400, room_m2: 104, hepa: true, noise_db: 19, app_control: true } },
    { maker: 'Rowenta', model: 'Pure Air City PU3040', rrp: 149, a: { cadr_m3h: 150, room_m2: 35, hepa: true, noise_db: 20, app_control: false }, axes: { color: ['white', 'grey'] } },
    { maker: 'Dyson', model: 'Purifier Hot+Cool HP07', rrp: 699, a: { cadr_m3h: 290, room_m2: 81, hepa: true, noise_db: 36, app_control: true }, axes: { color: ['white', 'black'] } },
    { maker: 'Blueair', model: 'Classic 480i', rrp: 549, q: 0.86, a: { cadr_m3h: 510, room_m2: 40, hepa: true, noise_db: 32, app_control: true } },
  ],
};

/** The washing machines category (Google taxonomy 2549): its vocabulary, consumer tastes and model lines. */
export const WASHING_MACHINES: CategorySpec = {
  id: '2549',
  slug: 'washing-machines',
  noun: 'washing machine',
  attributes: [
    num('capacity_kg', 'kg', 'Load capacity', 'Capacité', 'Dry laundry per cycle'),
    num('spin_rpm', 'rpm', 'Spin speed', 'Vitesse d’essorage', 'Maximum spin speed'),
    oneOf('energy_class', ['A', 'B', 'C', 'D', 'E'], 'Energy class', 'Classe énergétique', 'EU energy label class (2021 scale)'),
    num('noise_db', 'dB', 'Noise (spin)', 'Niveau sonore', 'Noise while spinning'),
    oneOf('loading', ['front', 'top'], 'Loading', 'Chargement', 'Front or top loader'),
  ],
  common: ['color'],
  tastes: {
    hard: [{ attribute: 'loading' }, { attribute: 'capacity_kg' }],
    soft: [
      { attribute: 'noise_db', direction: 'lower' },
      { attribute: 'spin_rpm', direction: 'higher' },
      { attribute: 'energy_class', direction: 'equals', wanted: 'A' },
    ],
    style: ['loading'],
  },
  axes: { color: ['white', 'silver'] },
  models: [
    { maker: 'Bosch', model: 'Serie 4 WAN28208FF', rrp: 549, a: { capacity_kg: 8, spin_rpm: 1400, energy_class: 'C', noise_db: 72, loading: 'front' } },
    { maker: 'Bosch', model: 'Serie 6 WGG14409FR', rrp: 699, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 71, loading: 'front' } },
    { maker: 'Miele', model: 'WWD 320 WCS', rrp: 1049, q: 0.9, a: { capacity_kg: 8, spin_rpm: 1400, energy_class: 'A', noise_db: 73, loading: 'front' } },
    { maker: 'Samsung', model: 'WW90T534DAW', rrp: 599, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 72, loading: 'front' } },
    { maker: 'LG', model: 'F94V30WHS', rrp: 549, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 72, loading: 'front' } },
    { maker: 'Beko', model: 'WUE8622XWW', rrp: 379, a: { capacity_kg: 8, spin_rpm: 1200, energy_class: 'B', noise_db: 76, loading: 'front' } },
    { maker: 'Whirlpool', model: 'TDLR 7221BS FR', rrp: 449, a: { capacity_kg: 7, spin_rpm: 1200, energy_class: 'B', noise_db: 77, loading: 'top' } },
    { maker: 'Electrolux', model: 'EW6T3372FF', rrp: 499, a: { capacity_kg: 7, spin_rpm: 1300, energy_class: 'C', noise_db: 75, loading: 'top' } },
    { maker: 'Siemens', model: 'iQ500 WM14UT08FF', rrp: 749, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 70, loading: 'front' } },
    { maker: 'Miele', model: 'WSG 363 WCS', rrp: 1199, q: 0.9, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 72, loading: 'front' } },
    { maker: 'AEG', model: 'L7FEE96S 7000 ProSteam', rrp: 749, q: 0.84, a: { capacity_kg: 9, spin_rpm: 1600, energy_class: 'A', noise_db: 74, loading: 'front' } },
    { maker: 'Haier', model: 'I-Pro Series 7 HW90-B14979', rrp: 599, a: { capacity_kg: 9, spin_rpm: 1400, energy_class: 'A', noise_db: 70, loading: 'front' } },
    { maker: 'Indesit', model: 'BTW S72200 FR/N', rrp: 349, a: { capacity_kg: 7, spin_rpm: 1200, energy_class: 'D', noise_db: 78, loading: 'top' } },
    { maker: 'Candy', model: 'Smart Pro CO 4104TWM6/1-S', rrp: 329, a: { capacity_kg: 10, spin_rpm: 1400, energy_class: 'D', noise_db: 78, loading: 'front' } },
  ],
};

/** The mattresses category (Google taxonomy 2696): its vocabulary, consumer tastes and model lines. */
export const MATTRESSES: CategorySpec = {
  id: '2696',
  slug: 'mattresses',
  noun: 'mattress',
  attributes: [
    oneOf('mattress_type', ['memory foam', 'pocket spring', 'latex', 'hybrid', 'foam'], 'Type', 'Type', 'Foam, memory foam, pocket spring, latex or hybrid core'),
    oneOf('firmness', ['soft', 'medium', 'firm'], 'Firmness', 'Fermeté', 'How firm it feels'),
    num('thickness_cm', 'cm', 'Thickness', 'Épaisseur', 'Total height'),
    num('width_cm', 'cm', 'Width', 'Largeur', 'Width (length is 200 cm unless stated)'),
    num('trial_nights', 'nights', 'Trial', 'Essai', 'Nights you may try it and return it'),
  ],
  common: ['size'],
  tastes: {
    hard: [{ attribute: 'width_cm' }, { attribute: 'firmness' }],
    soft: [
      { attribute: 'thickness_cm', direction: 'higher' },
      { attribute: 'trial_nights', direction: 'higher' },
      { attribute: 'mattress_type', direction: 'equals' },
    ],
    style: ['mattress_type', 'firmness'],
  },
  axes: { width_cm: [80, 90, 140, 160, 180] },
  axisPrice: { width_cm: { 80: -20, 140: 200, 160: 300, 180: 420 } },
  derive: (a) => ({ size: `${a.width_cm} x 200 cm` }),
  models: [
    { maker: 'Emma', model: 'Original', rrp: 399, a: { mattress_type: 'foam', firmness: 'medium', thickness_cm: 25, trial_nights: 100 } },
    { maker: 'Emma', model: 'Hybrid', rrp: 549, a: { mattress_type: 'hybrid', firmness: 'medium', thickness_cm: 25, trial_nights: 100 } },
    { maker: 'Tediber', model: 'Matelas Tediber', rrp: 490, a: { mattress_type: 'memory foam', firmness: 'medium', thickness_cm: 22, trial_nights: 100 } },
    { maker: 'Simba', model: 'Hybrid Pro', rrp: 899, q: 0.84, a: { mattress_type: 'hybrid', firmness: 'medium', thickness_cm: 31, trial_nights: 200 } },
    { maker: 'Bultex', model: 'Nano 2', rrp: 429, a: { mattress_type: 'foam', firmness: 'firm', thickness_cm: 22, trial_nights: 30 } },
    { maker: 'Tempur', model: 'Original 21', rrp: 1299, q: 0.88, a: { mattress_type: 'memory foam', firmness: 'firm', thickness_cm: 21, trial_nights: 30 } },
    { maker: 'Ikea', model: 'Valevåg', rrp: 229, a: { mattress_type: 'pocket spring', firmness: 'firm', thickness_cm: 24, trial_nights: 365 } },
    { maker: 'Ikea', model: 'Åbygda', rrp: 79, a: { mattress_type: 'foam', firmness: 'firm', thickness_cm: 15, trial_nights: 365 } },
    { maker: 'Dunlopillo', model: 'Excellence', rrp: 1090, a: { mattress_type: 'latex', firmness: 'medium', thickness_cm: 24, trial_nights: 30 } },
    { maker: 'Epeda', model: 'Le Confort Naturel', rrp: 899, q: 0.84, a: { mattress_type: 'pocket spring', firmness: 'firm', thickness_cm: 26, trial_nights: 30 } },
    { maker: 'Tediber', model: 'Matelas Hybride', rrp: 690, q: 0.82, a: { mattress_type: 'hybrid', firmness: 'medium', thickness_cm: 26, trial_nights: 100 } },
    { maker: 'Ikea', model: 'Morgedal', rrp: 199, a: { mattress_type: 'foam', firmness: 'medium', thickness_cm: 18, trial_nights: 365 } },
    { maker: 'Hypnia', model: 'Palace', rrp: 549, a: { mattress_type: 'memory foam', firmness: 'soft', thickness_cm: 28, trial_nights: 100 } },
  ],
};

/** The office chairs category (Google taxonomy 2045): its vocabulary, consumer tastes and model lines. */
export const OFFICE_CHAIRS: CategorySpec = {
  id: '2045',
  slug: 'office-chairs',
  noun: 'office chair',
  attributes: [
    flag('lumbar_support', 'Lumbar support', 'Soutien lombaire', 'Has adjustable lumbar support'),
    flag('adjustable_armrests', 'Adjustable armrests', 'Accoudoirs réglables', 'Armrests adjust in height'),
    num('max_load_kg', 'kg', 'Maximum load', 'Charge maximale', 'Tested maximum user weight'),
    flag('headrest', 'Headrest', 'Appui-tête', 'Has a headrest'),
    num('warranty_years', 'years', 'Maker warranty', 'Garantie fabricant', 'Maker’s warranty'),
  ],
  common: ['color', 'material'],
  tastes: {
    hard: [{ attribute: 'lumbar_support', onlyIf: true }, { attribute: 'headrest', onlyIf: true }],
    soft: [
      { attribute: 'max_load_kg', direction: 'higher' },
      { attribute: 'warranty_years', direction: 'higher' },
      { attribute: 'color', direction: 'equals' },
      { attribute: 'material', direction: 'equals' },
    ],
    style: ['material', 'color'],
  },
  axes: { color: ['black', 'grey', 'white'] },
  models: [
    { maker: 'Herman Miller', model: 'Aeron', rrp: 1699, q: 0.94, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 159, headrest: false, warranty_years: 12, material: 'mesh' } },
    { maker: 'Steelcase', model: 'Series 1', rrp: 529, q: 0.86, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 136, headrest: false, warranty_years: 12, material: 'mesh' } },
    { maker: 'Steelcase', model: 'Gesture', rrp: 1399, q: 0.92, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 136, headrest: false, warranty_years: 12, material: 'fabric' } },
    { maker: 'Ikea', model: 'Markus', rrp: 199, a: { lumbar_support: false, adjustable_armrests: false, max_load_kg: 110, headrest: true, warranty_years: 10, material: 'mesh' } },
    { maker: 'Ikea', model: 'Järvfjället', rrp: 269, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 110, headrest: true, warranty_years: 10, material: 'fabric' } },
    { maker: 'Flexispot', model: 'BS8', rrp: 349, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 136, headrest: true, warranty_years: 5, material: 'mesh' } },
    { maker: 'Sihoo', model: 'M18', rrp: 159, a: { lumbar_support: true, adjustable_armrests: false, max_load_kg: 120, headrest: true, warranty_years: 2, material: 'mesh' } },
    { maker: 'Hjh Office', model: 'Venus II', rrp: 129, a: { lumbar_support: false, adjustable_armrests: false, max_load_kg: 110, headrest: false, warranty_years: 2, material: 'fabric' } },
    { maker: 'Secretlab', model: 'Titan Evo', rrp: 549, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 130, headrest: true, warranty_years: 5, material: 'leatherette' }, axes: { color: ['black', 'grey', 'red'] } },
    { maker: 'Kinnarps', model: 'Capella 6000', rrp: 899, a: { lumbar_support: true, adjustable_armrests: true, max_load_kg: 130, headrest: false, warranty_years: 10, material: 'fabric' } },
  ],
};

/** Home, garden and furniture categories. */
export const HOME_SPECS: readonly CategorySpec[] = [VACUUMS, COFFEE_MACHINES, KETTLES, BLENDERS, LAWN_MOWERS, AIR_PURIFIERS, WASHING_MACHINES, MATTRESSES, OFFICE_CHAIRS];
