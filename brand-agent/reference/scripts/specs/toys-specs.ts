// Toys & Games (1239): construction sets (LEGO and others), board games, jigsaw puzzles (2618).
import { num, oneOf, text, type CategorySpec, type ModelSpec } from './category-spec.ts';

type Theme = 'city' | 'technic' | 'creator' | 'friends' | 'star wars' | 'harry potter' | 'minecraft' | 'ninjago' | 'classic' | 'duplo' | 'icons' | 'other';

function set(maker: string, number: string, name: string, rrp: number, pieces: number, minAge: number, theme: Theme, q?: number): ModelSpec {
  return { maker, model: `${number} ${name}`, rrp, ...(q !== undefined ? { q } : {}), a: { set_number: number, pieces, min_age: minAge, theme, age_group: minAge >= 18 ? 'adult' : 'kids' } };
}

/** The construction sets category (Google taxonomy 3805): its vocabulary, consumer tastes and model lines. */
export const CONSTRUCTION_SETS: CategorySpec = {
  id: '3805',
  slug: 'construction-sets',
  noun: 'building set',
  attributes: [
    text('set_number', 'Set number', 'Référence du set', 'The maker’s set number'),
    num('pieces', 'pieces', 'Pieces', 'Nombre de pièces', 'Number of pieces in the box'),
    num('min_age', 'years', 'Minimum age', 'Âge minimum', 'Age from which the maker recommends it'),
    oneOf('theme', ['city', 'technic', 'creator', 'friends', 'star wars', 'harry potter', 'minecraft', 'ninjago', 'classic', 'duplo', 'icons', 'other'], 'Theme', 'Thème', 'Product line or licence'),
  ],
  common: ['age_group'],
  tastes: {
    hard: [{ attribute: 'min_age' }, { attribute: 'theme' }],
    soft: [
      { attribute: 'pieces', direction: 'higher' },
      { attribute: 'theme', direction: 'equals' },
    ],
    style: ['theme'],
  },
  models: [
    set('LEGO', '60337', 'Express Passenger Train', 149.99, 764, 7, 'city', 0.86),
    set('LEGO', '60367', 'Passenger Airplane', 99.99, 913, 7, 'city'),
    set('LEGO', '60316', 'Police Station', 69.99, 668, 6, 'city'),
    set('LEGO', '60320', 'Fire Station', 99.99, 540, 6, 'city'),
    set('LEGO', '60312', 'Police Car', 9.99, 94, 5, 'city'),
    set('LEGO', '60398', 'Family House and Electric Car', 79.99, 462, 7, 'city'),
    set('LEGO', '42151', 'Bugatti Bolide', 49.99, 905, 9, 'technic', 0.84),
    set('LEGO', '42154', '2022 Ford GT', 119.99, 1466, 18, 'technic'),
    set('LEGO', '42143', 'Ferrari Daytona SP3', 449.99, 3778, 18, 'technic', 0.9),
    set('LEGO', '42147', 'Dump Truck', 9.99, 177, 7, 'technic'),
    set('LEGO', '42160', 'Audi RS Q e-tron', 179.99, 914, 10, 'technic'),
    set('LEGO', '42162', 'Bugatti Bolide Agile Blue', 49.99, 905, 9, 'technic'),
    set('LEGO', '31120', 'Medieval Castle', 109.99, 1426, 9, 'creator', 0.86),
    set('LEGO', '31109', 'Pirate Ship', 99.99, 1264, 9, 'creator'),
    set('LEGO', '31058', 'Mighty Dinosaurs', 14.99, 174, 7, 'creator', 0.8),
    set('LEGO', '31136', 'Exotic Parrot', 14.99, 253, 7, 'creator'),
    set('LEGO', '31139', 'Cozy House', 59.99, 808, 8, 'creator'),
    set('LEGO', '41704', 'Main Street Building', 149.99, 1682, 8, 'friends'),
    set('LEGO', '41711', 'Emma’s Art School', 39.99, 844, 8, 'friends'),
    set('LEGO', '41731', 'Heartlake International School', 79.99, 985, 8, 'friends'),
    set('LEGO', '75301', 'Luke Skywalker’s X-Wing Fighter', 49.99, 474, 9, 'star wars', 0.84),
    set('LEGO', '75257', 'Millennium Falcon', 169.99, 1353, 9, 'star wars', 0.88),
    set('LEGO', '75348', 'Mandalorian Fang Fighter vs. TIE Interceptor', 59.99, 957, 9, 'star wars'),
    set('LEGO', '75364', 'New Republic E-Wing vs. Shin Hati’s Starfighter', 89.99, 1056, 10, 'star wars'),
    set('LEGO', '76389', 'Hogwarts Chamber of Secrets', 149.99, 1176, 9, 'harry potter'),
    set('LEGO', '76395', 'Hogwarts: First Flying Lesson', 39.99, 264, 7, 'harry potter'),
    set('LEGO', '76399', 'Hogwarts Magical Trunk', 59.99, 603, 8, 'harry potter'),
    set('LEGO', '76423', 'Hogwarts Express & Hogsmeade Station', 99.99, 1074, 8, 'harry potter'),
    set('LEGO', '21189', 'The Skeleton Dungeon', 29.99, 364, 8, 'minecraft'),
    set('LEGO', '21168', 'The Warped Forest', 34.99, 287, 8, 'minecraft'),
    set('LEGO', '21183', 'The Training Grounds', 39.99, 534, 8, 'minecraft'),
    set('LEGO', '71741', 'Ninjago City Gardens', 349.99, 5685, 14, 'ninjago'),
    set('LEGO', '71765', 'Ninja Ultra Combo Mech', 89.99, 1104, 9, 'ninjago'),
    set('LEGO', '10698', 'Large Creative Brick Box', 59.99, 790, 4, 'classic', 0.86),
    set('LEGO', '11717', 'Bricks Bricks Plates', 49.99, 1504, 4, 'classic'),
    set('LEGO', '10969', 'Fire Truck', 19.99, 21, 2, 'duplo'),
    set('LEGO', '10988', 'The Bus Ride', 24.99, 16, 2, 'duplo'),
    set('LEGO', '10497', 'Galaxy Explorer', 99.99, 1254, 18, 'icons'),
    set('LEGO', '10305', 'Lion Knights’ Castle', 399.99, 4514, 18, 'icons', 0.9),
    set('LEGO', '10281', 'Bonsai Tree', 49.99, 878, 18, 'icons', 0.86),
    set('LEGO', '10311', 'Orchid', 49.99, 608, 18, 'icons', 0.86),
    set('LEGO', '42141', 'McLaren Formula 1 Race Car', 199.99, 1432, 18, 'technic'),
    set('LEGO', '60336', 'Freight Train', 199.99, 1153, 7, 'city'),
    set('LEGO', '21178', 'The Fox Lodge', 29.99, 193, 8, 'minecraft'),
    set('LEGO', '75192', 'Millennium Falcon Ultimate Collector Series', 849.99, 7541, 16, 'star wars', 0.92),
    set('LEGO', '31141', 'Main Street', 129.99, 1459, 9, 'creator'),
    set('LEGO', '41757', 'Botanical Garden', 99.99, 1072, 12, 'friends'),
    set('Playmobil', '71466', 'City Life Modern Hospital', 89.99, 244, 4, 'other'),
    set('Cobi', '1288', 'Titanic', 89.99, 1928, 10, 'other'),
    set('Mega Bloks', 'HKN47', 'Big Building Bag', 24.99, 80, 1, 'other'),
    set('Clics', 'CB460', 'Build & Play Box', 29.99, 175, 4, 'other'),
    set('Meccano', '21203', 'Supercar 25-in-1', 39.99, 347, 10, 'other'),
    set('Geomag', 'Classic 142', 'Classic 142 pieces', 49.99, 142, 3, 'other'),
  ],
};

function game(maker: string, model: string, rrp: number, players: [number, number], minutes: number, minAge: number, type: string, q?: number): ModelSpec {
  return { maker, model, rrp, ...(q !== undefined ? { q } : {}), a: { min_players: players[0], max_players: players[1], play_minutes: minutes, min_age: minAge, game_type: type } };
}

/** The board games category (Google taxonomy 1246): its vocabulary, consumer tastes and model lines. */
export const BOARD_GAMES: CategorySpec = {
  id: '1246',
  slug: 'board-games',
  noun: 'board game',
  attributes: [
    num('min_players', 'players', 'Minimum players', 'Joueurs minimum', 'Fewest players'),
    num('max_players', 'players', 'Maximum players', 'Joueurs maximum', 'Most players'),
    num('play_minutes', 'min', 'Playing time', 'Durée de partie', 'Typical game length'),
    num('min_age', 'years', 'Minimum age', 'Âge minimum', 'Age from which the publisher recommends it'),
    oneOf('game_type', ['family', 'strategy', 'party', 'cooperative', 'children', 'classic'], 'Game type', 'Type de jeu', 'Family, strategy, party, cooperative, children’s or classic game'),
    oneOf('language', ['fr', 'en', 'de'], 'Language', 'Langue', 'Language of the box, rules and cards'),
  ],
  common: ['age_group'],
  tastes: {
    hard: [{ attribute: 'max_players' }, { attribute: 'min_age' }],
    soft: [
      { attribute: 'play_minutes', direction: 'lower' },
      { attribute: 'game_type', direction: 'equals' },
    ],
    style: ['game_type'],
  },
  axes: { language: ['fr', 'en', 'de'] },
  models: [
    game('Days of Wonder', 'Ticket to Ride Europe', 44.99, [2, 5], 60, 8, 'family', 0.9),
    game('Kosmos', 'Catan', 39.99, [3, 4], 75, 10, 'strategy', 0.86),
    game('Z-Man Games', 'Carcassonne', 34.99, [2, 5], 40, 7, 'family', 0.86),
    game('Z-Man Games', 'Pandemic', 39.99, [2, 4], 45, 8, 'cooperative', 0.88),
    game('Libellud', 'Dixit', 34.99, [3, 8], 30, 8, 'party', 0.86),
    game('Repos Production', '7 Wonders', 49.99, [3, 7], 30, 10, 'strategy', 0.88),
    game('Plan B Games', 'Azul', 39.99, [2, 4], 40, 8, 'family', 0.9),
    game('Space Cowboys', 'Splendor', 34.99, [2, 4], 30, 10, 'strategy'),
    game('Stonemaier Games', 'Wingspan', 59.99, [1, 5], 70, 10, 'strategy', 0.92),
    game('Hasbro', 'Monopoly Classic', 29.99, [2, 6], 120, 8, 'classic', 0.6),
    game('Mattel', 'Scrabble Original', 29.99, [2, 4], 90, 10, 'classic', 0.76),
    game('Hasbro', 'Cluedo', 29.99, [2, 6], 45, 8, 'classic', 0.7),
    game('Czech Games Edition', 'Codenames', 22.99, [2, 8], 15, 10, 'party', 0.88),
    game('Asmodee', 'Dobble', 14.99, [2, 8], 15, 6, 'party', 0.8),
    game('Djeco', 'Little Observation', 14.99, [2, 4], 10, 3, 'children'),
    game('HABA', 'My Very First Games – First Orchard', 24.99, [1, 4], 10, 2, 'children', 0.86),
    game('Ravensburger', 'Labyrinth', 29.99, [2, 4], 30, 7, 'family', 0.8),
    game('Gigamic', 'Quarto', 34.99, [2, 2], 20, 8, 'strategy'),
    game('Repos Production', 'Just One', 24.99, [3, 7], 20, 8, 'party', 0.86),
    game('Cocktail Games', 'Time’s Up! Party', 24.99, [4, 12], 45, 12, 'party', 0.82),
    game('Days of Wonder', 'Small World', 49.99, [2, 5], 80, 8, 'strategy', 0.84),
    game('Bombyx', 'Takenoko', 39.99, [2, 4], 45, 8, 'family', 0.84),
    game('Hasbro', 'Connect 4', 19.99, [2, 2], 10, 6, 'children', 0.7),
    game('Ravensburger', 'Rivers, Roads & Rails', 24.99, [1, 8], 20, 5, 'children'),
    game('Blue Orange', 'Kingdomino', 19.99, [2, 4], 15, 8, 'family', 0.84),
  ],
};

/** The puzzles category (Google taxonomy 2618): its vocabulary, consumer tastes and model lines. */
export const PUZZLES: CategorySpec = {
  id: '2618',
  slug: 'puzzles',
  noun: 'jigsaw puzzle',
  attributes: [
    num('pieces', 'pieces', 'Pieces', 'Nombre de pièces', 'Number of pieces'),
    num('min_age', 'years', 'Minimum age', 'Âge minimum', 'Age from which the maker recommends it'),
    text('motif', 'Picture', 'Motif', 'What the finished puzzle shows'),
    oneOf('puzzle_material', ['cardboard', 'wood'], 'Material', 'Matière', 'Cardboard or wooden pieces'),
  ],
  common: ['age_group'],
  tastes: {
    hard: [{ attribute: 'pieces' }],
    soft: [
      { attribute: 'min_age', direction: 'lower' },
      { attribute: 'puzzle_material', direction: 'equals' },
    ],
    style: ['motif'],
  },
  models: [
    ...(
      [
        ['Ravensburger', 'Neuschwanstein Castle', 1000, 14.99],
        ['Ravensburger', 'Paris at Night', 1000, 14.99],
        ['Ravensburger', 'Disney Castle', 1000, 16.99],
        ['Ravensburger', 'World Map', 2000, 24.99],
        ['Ravensburger', 'Venice Canal', 1500, 19.99],
        ['Ravensburger', 'Krypt Black', 736, 24.99],
        ['Ravensburger', 'Dinosaurs', 200, 12.99],
        ['Ravensburger', 'Animals of the World XXL', 300, 13.99],
        ['Clementoni', 'Van Gogh Starry Night', 1000, 12.99],
        ['Clementoni', 'Lake Como', 500, 9.99],
        ['Clementoni', 'Space Kids Planets', 104, 8.99],
        ['Educa', 'The Kiss, Klimt', 1000, 12.99],
        ['Educa', 'Pyramids of Giza', 2000, 19.99],
        ['Nathan', 'Autumn in the Forest', 500, 11.99],
        ['Nathan', 'The Little Prince', 150, 9.99],
        ['Trefl', 'Santorini', 1500, 12.99],
        ['Trefl', 'Coffee Time', 1000, 9.99],
        ['Schmidt', 'Thomas Kinkade Cottage', 1000, 13.99],
        ['Galison', 'Birds of the World', 1000, 19.99],
        ['Wentworth', 'Cat Nap', 250, 34.99],
        ['Michele Wilson', 'Monet Water Lilies', 350, 59.99],
        ['Ravensburger', 'Harry Potter Hogwarts', 1000, 16.99],
        ['Ravensburger', 'Farm Animals', 60, 9.99],
        ['Clementoni', 'Frozen II', 180, 10.99],
        ['Educa', 'Neuschwanstein in Winter', 3000, 29.99],
        ['Trefl', 'Eiffel Tower Paris', 1000, 9.99],
        ['Djeco', 'The Fairy Garden', 100, 13.99],
      ] as const
    ).map(([maker, motif, pieces, rrp]): ModelSpec => ({
      maker,
      model: `${motif} ${pieces}`,
      rrp,
      a: {
        pieces,
        min_age: pieces <= 150 ? 5 : pieces <= 300 ? 8 : 12,
        motif,
        puzzle_material: maker === 'Wentworth' || maker === 'Michele Wilson' ? 'wood' : 'cardboard',
        age_group: pieces <= 300 ? 'kids' : 'adult',
      },
    })),
  ],
};

/** Toys and games categories. */
export const TOYS_SPECS: readonly CategorySpec[] = [CONSTRUCTION_SETS, BOARD_GAMES, PUZZLES];
