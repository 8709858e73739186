/**
 * Everyday words (English and French, normalised: lower case, no accents) for attribute values any category may use.
 * Each group lists words that mean the same value; the first word is the canonical English value. A brand's declared
 * enum value is recognised through its group ("route" for "road"), so the vocabulary grows with the brands' schemas.
 */

/** Colours (the common `color` attribute). */
export const COLOUR_GROUPS: readonly (readonly string[])[] = [
  ['black', 'noir', 'noire', 'noirs', 'noires'],
  ['white', 'blanc', 'blanche', 'blancs', 'blanches'],
  ['grey', 'gray', 'gris', 'grise', 'grises'],
  ['silver', 'argent', 'argente', 'argentee'],
  ['red', 'rouge', 'rouges'],
  ['blue', 'bleu', 'bleue', 'bleus', 'bleues'],
  ['navy', 'navy blue', 'bleu marine', 'marine'],
  ['green', 'vert', 'verte', 'verts', 'vertes'],
  ['yellow', 'jaune', 'jaunes'],
  ['orange'],
  ['pink', 'rose', 'roses'],
  ['purple', 'violet', 'violette', 'mauve'],
  ['brown', 'marron', 'brun', 'brune'],
  ['beige'],
  ['cream', 'creme', 'ecru', 'ivory', 'ivoire'],
  ['gold', 'golden', 'dore', 'doree'],
];

/** Materials (the common `material` attribute). */
export const MATERIAL_GROUPS: readonly (readonly string[])[] = [
  ['wood', 'wooden', 'bois', 'en bois'],
  ['oak', 'chene'],
  ['bamboo', 'bambou'],
  ['steel', 'acier'],
  ['stainless steel', 'inox', 'acier inoxydable', 'stainless'],
  ['aluminium', 'aluminum', 'alu'],
  ['carbon', 'carbone', 'carbon fibre', 'carbon fiber', 'fibre de carbone'],
  ['cast iron', 'fonte'],
  ['leather', 'cuir'],
  ['cotton', 'coton'],
  ['organic cotton', 'coton bio'],
  ['wool', 'laine'],
  ['merino', 'merinos', 'merino wool', 'laine merinos'],
  ['cashmere', 'cachemire'],
  ['linen', 'lin'],
  ['silk', 'soie'],
  ['polyester'],
  ['nylon'],
  ['plastic', 'plastique'],
  ['glass', 'verre'],
  ['ceramic', 'ceramique'],
  ['porcelain', 'porcelaine'],
  ['silicone'],
  ['natural rubber', 'caoutchouc naturel'],
  ['rubber', 'caoutchouc'],
  ['mesh', 'maille', 'filet', 'resille'],
  ['polycarbonate', 'polycarbonat'],
  ['polypropylene'],
  ['polyamide'],
  ['pvc'],
  ['fabric', 'tissu', 'textile'],
  ['leatherette', 'faux leather', 'simili cuir', 'similicuir'],
  ['titanium', 'titane'],
  ['marble', 'marbre'],
  ['copper', 'cuivre'],
  ['denim', 'jean'],
];

/** Condition, gender and age group (Merchant Center values first), and common enum values of declared attributes. */
export const VALUE_GROUPS: readonly (readonly string[])[] = [
  ['new', 'brand new', 'neuf', 'neuve', 'neufs', 'neuves'],
  ['refurbished', 'reconditionne', 'reconditionnee', 'reconditionnes', 'renewed', 'remis a neuf'],
  ['used', 'second hand', 'secondhand', 'pre owned', 'preowned', 'd occasion', 'occasion', 'seconde main'],
  ['female', 'women', 'woman', 'womens', 'ladies', 'lady', 'femme', 'femmes', 'pour femme', 'feminin'],
  ['male', 'men', 'man', 'mens', 'homme', 'hommes', 'pour homme', 'masculin'],
  ['unisex', 'mixte'],
  ['kids', 'kid', 'child', 'children', 'childrens', 'enfant', 'enfants', 'junior', 'boys', 'girls'],
  ['adult', 'adults', 'adulte', 'adultes'],
  ['toddler', 'toddlers', 'tout petit', 'tout petits'],
  ['infant', 'infants', 'baby', 'babies', 'bebe', 'bebes', 'nourrisson'],
  ['newborn', 'nouveau ne', 'naissance'],
  ['hiking', 'hike', 'randonnee', 'rando', 'trekking', 'trek', 'de randonnee', 'de rando'],
  ['road', 'route', 'de route', 'course'],
  ['mountain', 'vtt', 'mtb', 'montagne', 'all mountain', 'tout terrain'],
  ['city', 'ville', 'urbain', 'urban', 'commuter', 'de ville'],
  ['gravel'],
  ['hybrid', 'hybride', 'polyvalent'],
  ['electric', 'electrique', 'e bike', 'ebike', 'vae', 'assistance electrique', 'powered'],
  ['folding', 'foldable', 'pliant', 'pliable', 'pliante'],
  ['cordless', 'sans fil', 'battery powered', 'a batterie', 'sur batterie', 'rechargeable'],
  ['corded', 'filaire', 'avec fil', 'secteur', 'plug in'],
  ['wireless', 'sans fil', 'bluetooth'],
  ['stick', 'balai', 'stick vacuum', 'upright stick'],
  ['upright', 'traineau vertical'],
  ['canister', 'cylinder', 'traineau', 'a traineau'],
  ['robot', 'robotic', 'robot vacuum'],
  ['handheld', 'hand held', 'a main', 'portatif'],
  ['waterproof', 'impermeable', 'etanche', 'water resistant'],
  ['organic', 'bio', 'biologique'],
  ['vegan', 'vegane', 'vegetalien'],
  ['stainless', 'inoxydable', 'inox'],
  ['induction'],
  ['gas', 'gaz'],
  ['charcoal', 'charbon'],
  ['small', 'petit', 'petite'],
  ['medium', 'moyen', 'moyenne'],
  ['large', 'grand', 'grande'],
  ['single', 'simple', '1 place', 'une place'],
  ['double', '2 places', 'deux places'],
  ['queen'],
  ['king'],
  // A push (reel) mower has no motor: manual.
  ['manual', 'manuel', 'manuelle', 'push', 'push reel', 'reel', 'a pousser', 'helicoidale'],
  ['automatic', 'automatique'],
  ['digital', 'numerique'],
  ['analog', 'analogue', 'analogique'],
  ['red wine', 'vin rouge', 'rouge'],
  ['white wine', 'vin blanc', 'blanc'],
  ['rose wine', 'vin rose', 'rose'],
  ['sparkling', 'petillant', 'mousseux'],
  ['dry', 'sec', 'seche'],
  ['sweet', 'doux', 'moelleux'],
  ['hardcover', 'hardback', 'relie', 'broche'],
  ['paperback', 'poche', 'livre de poche'],
  ['fr', 'french', 'francais', 'en francais', 'vf', 'version francaise'],
  ['en', 'english', 'anglais', 'en anglais', 'vo'],
  ['de', 'german', 'allemand', 'en allemand'],
  ['es', 'spanish', 'espagnol', 'en espagnol'],
  ['it', 'italian', 'italien', 'en italien'],
  ['cabin', 'cabin size', 'cabine', 'format cabine', 'carry on', 'carry-on', 'hand luggage', 'bagage cabine', 'bagage a main'],
  ['down', 'duvet', 'plume', 'doudoune'],
  ['synthetic', 'synthetique'],
  ['rain', 'pluie', 'raincoat', 'de pluie'],
  ['fleece', 'polaire'],
  ['loose', 'loose leaf', 'en vrac', 'vrac'],
  ['bags', 'tea bags', 'sachets', 'en sachets'],
  ['herbal', 'tisane', 'infusion', 'herbal tea'],
  ['green', 'vert', 'the vert', 'green tea'],
  ['puppy', 'chiot', 'chiots'],
  ['senior', 'seniors'],
  ['dry', 'croquettes', 'kibble'],
  ['wet', 'pate', 'patee', 'humide'],
  ['battery', 'batterie', 'a batterie', 'sans fil', 'cordless'],
  ['petrol', 'essence', 'thermique', 'gas powered'],
  ['front', 'hublot', 'front loading', 'front loader'],
  ['top', 'top loading', 'top loader', 'lave linge top', 'chargement par le haut', 'ouverture par le haut'],
  ['bean to cup', 'broyeur', 'avec broyeur', 'automatique a grain', 'machine a grain', 'a grain', 'a grains'],
  // A capsule (Nespresso, Dolce Gusto) is not a pod (Senseo's soft "dosette"): two values where both are declared.
  ['capsule', 'capsules', 'a capsules'],
  ['pod', 'pods', 'dosette', 'dosettes', 'a dosettes', 'soft pod', 'soft pods'],
  ['inflatable', 'gonflable', 'gonflables', 'blow up', 'air beam', 'air beams'],
  ['countertop', 'blender', 'blender sur socle'],
  ['hand', 'plongeant', 'mixeur plongeant', 'hand blender', 'stick blender'],
  ['sonic', 'sonique'],
  ['oscillating', 'oscillante', 'rotative', 'oscillo rotative'],
  ['mirrorless', 'hybride', 'hybrid camera'],
  ['dslr', 'reflex'],
  ['instant', 'instantane', 'polaroid'],
  ['hard', 'rigide', 'hardshell', 'hard shell', 'coque rigide'],
  ['soft', 'souple', 'softshell'],
  ['band', 'bracelet'],
  ['watch', 'montre'],
  ['full hd', '1080p', 'fhd'],
  ['4k', 'uhd', 'ultra hd', '2160p'],
  ['jogging', 'running', 'course a pied'],
  ['school', 'scolaire', 'ecole', 'cartable'],
  ['rectangular', 'rectangulaire'],
  ['mummy', 'sarcophage', 'momie'],
  ['compact', 'compacte', 'compacts', 'compactes'],
  ['filter', 'filtre', 'a filtre', 'drip'],
  ['bedside', 'chevet', 'de chevet', 'nightstand'],
  ['hammer drill', 'percussion', 'a percussion', 'perceuse a percussion'],
  ['impact driver', 'visseuse a chocs', 'boulonneuse'],
  ['drill driver', 'perceuse visseuse', 'visseuse'],
  ['family', 'familial', 'familiale', 'en famille', 'famille'],
  ['personal', 'personnel', 'individuel', 'individual', 'single serve'],
  ['cooperative', 'cooperatif', 'co op', 'coop'],
  ['strategy', 'strategie'],
  ['party', 'ambiance', 'jeu d ambiance'],
  ['double', 'twin', 'jumeaux', 'duo'],
  ['indoor', 'interieur', 'd interieur'],
  ['outdoor', 'exterieur', 'd exterieur'],
  ['memory foam', 'mousse a memoire de forme', 'memoire de forme'],
  ['latex'],
  ['spring', 'springs', 'ressorts', 'a ressorts', 'pocket spring'],
  ['firm', 'ferme'],
  ['soft', 'moelleux', 'souple'],
  ['over ear', 'over-ear', 'circum aural', 'arceau'],
  ['in ear', 'intra auriculaire', 'intra'],
  ['laptop', 'portable', 'ordinateur', 'ordinateur portable', 'pc portable'],
  ['gaming', 'gamer'],
  // An operating system is said by the computer it comes on: "any laptop except a mac", "no Chromebook".
  ['macos', 'mac os', 'mac', 'macs', 'macintosh'],
  ['chromeos', 'chrome os', 'chromebook', 'chromebooks'],
  ['hydraulic disc', 'hydraulic disc brakes', 'disque hydraulique', 'disques hydrauliques', 'frein a disque hydraulique', 'freins a disque hydrauliques'],
  ['mechanical disc', 'mechanical disc brakes', 'disque mecanique', 'disques mecaniques', 'frein a disque mecanique', 'freins a disque mecaniques'],
  ['integrated light', 'built in light', 'eclairage integre', 'lumiere integree', 'avec lumiere', 'with a light'],
  ['watch', 'smartwatch', 'smart watch', 'montre', 'montre connectee'],
  ['band', 'fitness band', 'bracelet', 'bracelet connecte'],
];

/** Numbers by the dimension they measure, with the words that ask for more or less of it ("quiet" → fewer dB). */
export const MEASURE_WISHES: ReadonlyArray<{ readonly dimension: string; readonly direction: 'higher' | 'lower'; readonly phrases: readonly string[]; readonly nameHint?: RegExp }> = [
  { dimension: 'sound', direction: 'lower', phrases: ['quiet', 'silent', 'low noise', 'noiseless', 'silencieux', 'silencieuse', 'silencieuses', 'peu bruyant', 'peu bruyante', 'calme', 'discret', 'discrete'] },
  { dimension: 'sound', direction: 'higher', phrases: ['loud', 'fort', 'puissant son'] },
  { dimension: 'mass', direction: 'lower', phrases: ['light', 'lightweight', 'leger', 'legere', 'legers', 'ultralight', 'ultra light', 'ultra leger', 'not heavy', 'too heavy', 'not too heavy', 'nothing too heavy', 'trop lourd', 'trop lourde', 'pas trop lourd', 'pas trop lourde', 'pas lourd', 'pas lourde', 'rien de trop lourd'] },
  { dimension: 'power', direction: 'higher', phrases: ['powerful', 'strong', 'puissant', 'puissante', 'high power'] },
  { dimension: 'time', direction: 'higher', phrases: ['long battery', 'long battery life', 'long lasting', 'longue autonomie', 'grande autonomie', 'bonne autonomie', 'autonomie'], nameHint: /batter|runtime|autonom|run_time/ },
  { dimension: 'charge', direction: 'higher', phrases: ['long battery', 'long battery life', 'big battery', 'longue autonomie', 'grosse batterie', 'grande autonomie'] },
  { dimension: 'light', direction: 'higher', phrases: ['bright', 'brightest', 'lumineux', 'lumineuse', 'puissante'] },
  { dimension: 'volume', direction: 'higher', phrases: ['large capacity', 'big capacity', 'roomy', 'spacious', 'grande capacite', 'spacieux', 'spacieuse'] },
  { dimension: 'data', direction: 'higher', phrases: ['lots of storage', 'large storage', 'big storage', 'beaucoup de stockage', 'grand stockage'] },
  { dimension: 'length', direction: 'higher', phrases: ['big screen', 'large screen', 'grand ecran'], nameHint: /screen|display|diagonal|ecran/ },
  { dimension: 'length', direction: 'lower', phrases: ['compact', 'small', 'petit', 'petite'], nameHint: /length|width|height|size|dimension|longueur|largeur|hauteur/ },
];

/** The synonym groups a value belongs to (its own word always included), normalised. */
export function wordsForValue(value: string, groups: readonly (readonly string[])[] = VALUE_GROUPS): string[] {
  const norm = normaliseValue(value);
  const out = new Set([norm]);
  for (const group of groups) if (group.includes(norm)) for (const w of group) out.add(w);
  return [...out];
}

/** Lower case, accents off, hyphens/underscores/apostrophes as spaces: the form phrases are compared in. */
export function normaliseValue(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/['’ʼ`_\-/]+/g, ' ')
    .replace(/(\d)[.,](\d)/g, '$1\u0000$2')
    .replace(/[^a-z0-9%+ \u0000]+/g, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}
