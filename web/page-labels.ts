import type { Catalogue } from '../agent/language/index.ts';
import type { DISCLOSURE_LEVELS, PersonalValue } from '../agent/policy/index.ts';
import type { OrderRecord } from '../agent/butler/index.ts';
import type { RecordedTrustEvent } from '../agent/trust/index.ts';
import type { PageName } from './pages.ts';

/**
 * Every word of the pages around the chat — the shared layout (navigation, footer), the orders page, the trust
 * dashboard and a brand's ledger page (with its history chart), and the settings form — in one language. The page's
 * language is chosen as the chat page's is (`pageLanguageOf`); the chat's own words are `CHAT_LABELS`, the sentences
 * after a purchase `AFTER_PURCHASE_MESSAGES`, and percentages are written by `CHAT_LABELS[language].percent`.
 */
export interface PageLabels {
  readonly layout: {
    /** Each page's name in the navigation and in the window's title. */
    readonly pages: Readonly<Record<PageName, string>>;
    readonly chatTitle: string;
    readonly footer: string;
  };
  readonly orders: {
    readonly heading: string;
    readonly empty: string;
    /** Between the brand's name and the product's title. */
    readonly titleLead: string;
    readonly statuses: Readonly<Record<OrderRecord['status'], string>>;
    /** Before the order's id, after its amount and date. */
    readonly order: string;
    /** The person said nothing was charged for an order still unconfirmed (`at` as stored). */
    readonly releasedPending: (at: string) => string;
    /** The person had said nothing was charged, and the brand answered afterwards. */
    readonly releasedThenAnswered: (at: string) => string;
  };
  readonly trust: {
    readonly heading: string;
    readonly ledgerStatus: (events: number, ok: boolean, detail: string) => string;
    readonly note: (floor: string) => string;
    readonly empty: string;
    readonly columns: {
      readonly brand: string;
      readonly trust: string;
      readonly uncertainty: string;
      readonly honesty: string;
      readonly fit: string;
      readonly lowPressure: string;
      readonly claimsHold: string;
      readonly events: string;
      readonly history: string;
    };
    readonly belowFloor: string;
    /** The badge of a brand recommended only after a clean check (`words` from the trust vocabulary). */
    readonly belowFloorUnless: (words: string) => string;
    readonly linked: (ids: string) => string;
    /** A meter's accessible name: what it measures, its value, and the uncertainty when there is one. */
    readonly meter: (what: string, value: string, uncertainty: string | undefined) => string;
    /** What the ledger's verification found. */
    readonly verification: {
      readonly noEvents: string;
      readonly head: (seq: number, hash: string) => string;
      readonly chainBroken: (seq: number, fault: string, message: string) => string;
      readonly cacheDiffers: (problem: string, message: string) => string;
    };
  };
  readonly brand: {
    readonly allBrands: string;
    readonly id: (brandId: string) => string;
    readonly linkedIdentities: (ids: string) => string;
    readonly headline: { readonly trust: string; readonly uncertainty: (u: string) => string; readonly claimsHold: (share: string) => string };
    readonly recommendable: string;
    readonly neverRecommended: (floor: string) => string;
    /** Below the floor on its record, with the trust vocabulary's words for what still lets it through. */
    readonly belowFloorOnRecord: (floor: string, words: string) => string;
    readonly opinionColumns: { readonly dimension: string; readonly bar: string; readonly score: string; readonly bud: string; readonly evidence: string };
    readonly dimensions: { readonly honesty: string; readonly lowPressure: string; readonly fit: string };
    readonly opinion: (name: string, belief: string, uncertainty: string, disbelief: string) => string;
    readonly history: string;
    readonly historyCaption: string;
    readonly events: string;
    readonly eventCount: (total: number, shown: number) => string;
    readonly eventColumns: { readonly seq: string; readonly when: string; readonly what: string; readonly evidence: string; readonly hash: string };
    readonly eventKinds: Readonly<Record<RecordedTrustEvent['kind'], string>>;
    /** The evidence's quote of the brand's own words. */
    readonly quoted: string;
  };
  readonly chart: {
    readonly noEvents: string;
    readonly noEventsNote: string;
    readonly summary: (events: number, now: string) => string;
    readonly floor: string;
    readonly event: (seq: number) => string;
  };
  readonly settings: {
    readonly heading: string;
    readonly note: string;
    readonly spending: string;
    readonly capPerOrder: string;
    readonly capPerMonth: string;
    readonly values: string;
    readonly valueNames: Readonly<Record<PersonalValue, string>>;
    readonly bannedBrands: string;
    readonly otherBanned: string;
    readonly disclosure: string;
    readonly disclosureLevels: Readonly<Record<(typeof DISCLOSURE_LEVELS)[number], string>>;
    readonly exploration: string;
    readonly appetite: string;
    readonly honestyFloor: string;
    readonly secondChances: string;
    readonly save: string;
    readonly saved: string;
  };
  /** The simulation reports page: `note` goes around the folder's path and the command that makes a report. */
  readonly reports: {
    readonly heading: string;
    readonly foundUnder: string;
    readonly runToMakeOne: string;
    readonly closeParenthesis: string;
    readonly sandboxed: string;
    readonly empty: string;
  };
  /** An error page: the heading, the way in when the token is missing, the way back. The error's detail stays as the server wrote it. */
  readonly error: {
    readonly title: (status: number) => string;
    readonly tokenHeading: string;
    readonly tokenHelpBefore: string;
    readonly tokenHelpBetween: string;
    readonly tokenHelpAfter: string;
    readonly back: string;
  };
}

/** The pages' words in English and French. */
export const PAGE_LABELS: Catalogue<PageLabels> = {
  en: {
    layout: {
      pages: { chat: 'Butler', trust: 'Trust', orders: 'Orders', settings: 'Settings', reports: 'Reports' },
      chatTitle: 'Your butler',
      footer: 'Your butler works for you: brand text is shown as quoted data, and nothing is bought without your confirmation.',
    },
    orders: {
      heading: 'Orders',
      empty: 'No orders yet. Ask the butler for something and buy an offer (you will be asked to confirm).',
      titleLead: ': ',
      statuses: {
        placed: 'placed, waiting for your report',
        'refused-bait-and-switch': 'refused: the receipt differed from the offer (bait-and-switch)',
        unconfirmed: 'unconfirmed: the brand did not answer the order (it may have been placed; re-check it to ask the brand again)',
        failed: 'failed',
        'outcome-reported': 'outcome reported',
      },
      order: 'order',
      releasedPending: (at) => `You said nothing was charged (${at}): its amount no longer counts against your monthly cap, until the brand answers.`,
      releasedThenAnswered: (at) => `You had said nothing was charged (${at}) before the brand answered.`,
    },
    trust: {
      heading: 'Trust ledger',
      ledgerStatus: (events, ok, detail) => `${events} events in the hash-chained ledger · ${ok ? 'chain and scores verified' : 'VERIFICATION FAILED'}: ${detail}`,
      note: (floor) =>
        `Trust combines honesty, pressure and fit geometrically (a good fit cannot rescue a liar). The shaded band is the uncertainty: little evidence means a wide band. A brand is never recommended when its own failed checks put its calibrated honesty (the share of its offers that turned out as described) below ${floor}; a newcomer is uncertain, not guilty.`,
      empty: 'The ledger is empty: ask the butler for something first.',
      columns: { brand: 'Brand', trust: 'Trust', uncertainty: 'Uncertainty', honesty: 'Honesty', fit: 'Fit', lowPressure: 'Low pressure', claimsHold: 'Claims hold', events: 'Events', history: 'History' },
      belowFloor: 'below floor',
      belowFloorUnless: (words) => `below floor: ${words}`,
      linked: (ids) => `linked: ${ids}`,
      meter: (what, value, uncertainty) => `${what} ${value}${uncertainty === undefined ? '' : `, uncertainty ${uncertainty}`}`,
      verification: {
        noEvents: 'no events yet',
        head: (seq, hash) => `head #${seq} ${hash}…`,
        chainBroken: (seq, fault, message) => `hash chain broken at event #${seq} (${fault}): ${message}`,
        cacheDiffers: (problem, message) => `cached scores differ from a rebuild (${problem}): ${message}`,
      },
    },
    brand: {
      allBrands: '← all brands',
      id: (brandId) => `id ${brandId}`,
      linkedIdentities: (ids) => ` · linked identities: ${ids}`,
      headline: { trust: 'Trust ', uncertainty: (u) => ` ± ${u} uncertainty`, claimsHold: (share) => ` · claims hold about ${share} of the time · ` },
      recommendable: 'recommendable',
      neverRecommended: (floor) => `below the honesty floor (${floor}): never recommended`,
      belowFloorOnRecord: (floor, words) => `below the honesty floor (${floor}) on its record: ${words}`,
      opinionColumns: { dimension: 'Dimension', bar: 'Belief · uncertainty · disbelief', score: 'Score', bud: 'b / u / d', evidence: 'Evidence + / −' },
      dimensions: { honesty: 'honesty', lowPressure: 'low pressure', fit: 'fit' },
      opinion: (name, belief, uncertainty, disbelief) => `${name}: belief ${belief}, uncertainty ${uncertainty}, disbelief ${disbelief}`,
      history: 'History',
      historyCaption:
        'Combined trust (thick), honesty (thin) and the honesty band between belief and plausibility, after each event; red marks are contradictions, bait-and-switch and pressure.',
      events: 'Events',
      eventCount: (total, shown) => `(${total}${shown < total ? `, newest ${shown} shown` : ''})`,
      eventColumns: { seq: '#', when: 'When', what: 'What', evidence: 'Evidence', hash: 'Hash' },
      eventKinds: {
        'claim-verified': 'claim verified',
        'claim-contradicted': 'claim contradicted',
        'pressure-tactic': 'pressure tactic',
        'clean-interaction': 'clean interaction',
        'offer-fit': 'offer fit',
        'honest-decline': 'honest decline',
        'bait-and-switch': 'bait-and-switch',
        'order-refused': 'order refused',
        'order-outcome': 'order outcome',
        'identity-link': 'identity linked',
        'protocol-violation': 'protocol violation',
      },
      quoted: 'quoted',
    },
    chart: {
      noEvents: 'No events yet',
      noEventsNote: 'no events yet',
      summary: (events, now) => `Trust after each of ${events} events, now ${now}`,
      floor: 'recommendation floor (honesty)',
      event: (seq) => `event #${seq}`,
    },
    settings: {
      heading: 'Settings',
      note: 'These rules are enforced in code before anything is shown or bought; brands never see them.',
      spending: 'Spending',
      capPerOrder: 'Cap per order',
      capPerMonth: 'Cap per month',
      values: 'Values',
      valueNames: { vegan: 'vegan', organic: 'organic', 'fair-trade': 'fair-trade', 'recycled-materials': 'recycled-materials' },
      bannedBrands: 'Banned brands',
      otherBanned: 'Other brand ids (comma separated)',
      disclosure: 'Disclosure',
      disclosureLevels: {
        minimal: 'Minimal: brands learn only what the need requires (never the budget, never who you are)',
        'share-budget': 'Share my budget with brands',
      },
      exploration: 'Exploration',
      appetite: 'Appetite for options outside your usual bubble: ',
      honestyFloor: 'Honesty floor (blank = the trust model\'s default)',
      secondChances:
        'Second chances: a brand caught saying something false may be recommended again once clean checks outweigh it (untick: never again, even when it offers the best deal)',
      save: 'Save',
      saved: 'Saved. The butler applies these rules from the next request.',
    },
    reports: {
      heading: 'Simulation reports',
      foundUnder: 'Reports found under',
      runToMakeOne: '(run',
      closeParenthesis: 'to make one).',
      sandboxed: 'They open read-only, in a sandbox with no access to this app.',
      empty: 'No report.html found yet.',
    },
    error: {
      title: (status) => `Error ${status}`,
      tokenHeading: 'Open the link printed by majordome serve',
      tokenHelpBefore: 'This page belongs to your butler and needs its per-install token. Start it with',
      tokenHelpBetween: 'and open the URL it prints (it ends with',
      tokenHelpAfter: ').',
      back: 'Back to the butler',
    },
  },
  fr: {
    layout: {
      pages: { chat: 'Majordome', trust: 'Confiance', orders: 'Commandes', settings: 'Réglages', reports: 'Rapports' },
      chatTitle: 'Votre majordome',
      footer: 'Votre majordome travaille pour vous : le texte des marques est montré comme une citation, et rien n’est acheté sans votre confirmation.',
    },
    orders: {
      heading: 'Commandes',
      empty: 'Aucune commande pour l’instant. Demandez quelque chose à votre majordome et achetez une offre (il vous sera demandé de confirmer).',
      titleLead: ' : ',
      statuses: {
        placed: 'passée, en attente de votre retour',
        'refused-bait-and-switch': 'refusée : le reçu différait de l’offre (appât et substitution)',
        unconfirmed: 'non confirmée : la marque n’a pas répondu à la commande (elle a peut-être été passée ; revérifiez pour redemander à la marque)',
        failed: 'échouée',
        'outcome-reported': 'résultat signalé',
      },
      order: 'commande',
      releasedPending: (at) => `Vous avez indiqué que rien n’a été débité (${at}) : son montant ne compte plus dans votre plafond mensuel, jusqu’à ce que la marque réponde.`,
      releasedThenAnswered: (at) => `Vous aviez indiqué que rien n’avait été débité (${at}) avant que la marque ne réponde.`,
    },
    trust: {
      heading: 'Registre de confiance',
      ledgerStatus: (events, ok, detail) => `${events} événements dans le registre chaîné par hachage · ${ok ? 'chaîne et notes vérifiées' : 'ÉCHEC DE LA VÉRIFICATION'} : ${detail}`,
      note: (floor) =>
        `La confiance combine honnêteté, pression et adéquation de façon géométrique (une bonne adéquation ne rachète pas un menteur). La bande grisée est l’incertitude : peu de preuves donnent une bande large. Une marque n’est jamais recommandée quand ses propres vérifications échouées font passer son honnêteté calibrée (la part de ses offres qui se sont révélées conformes) sous ${floor} ; une nouvelle marque est incertaine, pas coupable.`,
      empty: 'Le registre est vide : demandez d’abord quelque chose à votre majordome.',
      columns: {
        brand: 'Marque',
        trust: 'Confiance',
        uncertainty: 'Incertitude',
        honesty: 'Honnêteté',
        fit: 'Adéquation',
        lowPressure: 'Faible pression',
        claimsHold: 'Promesses tenues',
        events: 'Événements',
        history: 'Historique',
      },
      belowFloor: 'sous le seuil',
      belowFloorUnless: (words) => `sous le seuil : ${words}`,
      linked: (ids) => `liée à : ${ids}`,
      meter: (what, value, uncertainty) => `${what} ${value}${uncertainty === undefined ? '' : `, incertitude ${uncertainty}`}`,
      verification: {
        noEvents: 'aucun événement pour l’instant',
        head: (seq, hash) => `tête n° ${seq} ${hash}…`,
        chainBroken: (seq, fault, message) => `chaîne de hachage rompue à l’événement n° ${seq} (${fault}) : ${message}`,
        cacheDiffers: (problem, message) => `les notes en cache diffèrent d’une reconstruction (${problem}) : ${message}`,
      },
    },
    brand: {
      allBrands: '← toutes les marques',
      id: (brandId) => `identifiant ${brandId}`,
      linkedIdentities: (ids) => ` · identités liées : ${ids}`,
      headline: { trust: 'Confiance ', uncertainty: (u) => ` ± ${u} d’incertitude`, claimsHold: (share) => ` · promesses tenues environ ${share} du temps · ` },
      recommendable: 'recommandable',
      neverRecommended: (floor) => `sous le seuil d’honnêteté (${floor}) : jamais recommandée`,
      belowFloorOnRecord: (floor, words) => `sous le seuil d’honnêteté (${floor}) d’après ses antécédents : ${words}`,
      opinionColumns: { dimension: 'Dimension', bar: 'Croyance · incertitude · défiance', score: 'Note', bud: 'c / i / d', evidence: 'Preuves + / −' },
      dimensions: { honesty: 'honnêteté', lowPressure: 'faible pression', fit: 'adéquation' },
      opinion: (name, belief, uncertainty, disbelief) => `${name} : croyance ${belief}, incertitude ${uncertainty}, défiance ${disbelief}`,
      history: 'Historique',
      historyCaption:
        'Confiance combinée (trait épais), honnêteté (trait fin) et la bande d’honnêteté entre croyance et plausibilité, après chaque événement ; les marques rouges sont les contradictions, les appâts et substitutions et la pression.',
      events: 'Événements',
      eventCount: (total, shown) => `(${total}${shown < total ? `, les ${shown} plus récents affichés` : ''})`,
      eventColumns: { seq: 'N°', when: 'Quand', what: 'Quoi', evidence: 'Preuves', hash: 'Empreinte' },
      eventKinds: {
        'claim-verified': 'affirmation vérifiée',
        'claim-contradicted': 'affirmation contredite',
        'pressure-tactic': 'tactique de pression',
        'clean-interaction': 'échange sans problème',
        'offer-fit': 'adéquation de l’offre',
        'honest-decline': 'refus honnête',
        'bait-and-switch': 'appât et substitution',
        'order-refused': 'commande refusée',
        'order-outcome': 'résultat de commande',
        'identity-link': 'identité liée',
        'protocol-violation': 'violation du protocole',
      },
      quoted: 'cité',
    },
    chart: {
      noEvents: 'Aucun événement pour l’instant',
      noEventsNote: 'aucun événement',
      summary: (events, now) => `Confiance après chacun des ${events} événements, actuellement ${now}`,
      floor: 'seuil de recommandation (honnêteté)',
      event: (seq) => `événement n° ${seq}`,
    },
    settings: {
      heading: 'Réglages',
      note: 'Ces règles sont appliquées par le code avant que quoi que ce soit soit montré ou acheté ; les marques ne les voient jamais.',
      spending: 'Dépenses',
      capPerOrder: 'Plafond par commande',
      capPerMonth: 'Plafond par mois',
      values: 'Valeurs',
      valueNames: { vegan: 'végane', organic: 'bio', 'fair-trade': 'commerce équitable', 'recycled-materials': 'matériaux recyclés' },
      bannedBrands: 'Marques bannies',
      otherBanned: 'Autres identifiants de marque (séparés par des virgules)',
      disclosure: 'Divulgation',
      disclosureLevels: {
        minimal: 'Minimale : les marques n’apprennent que ce que le besoin exige (jamais le budget, jamais qui vous êtes)',
        'share-budget': 'Partager mon budget avec les marques',
      },
      exploration: 'Exploration',
      appetite: 'Goût pour les options hors de vos habitudes : ',
      honestyFloor: 'Seuil d’honnêteté (vide = la valeur par défaut du modèle de confiance)',
      secondChances:
        'Deuxième chance : une marque prise à dire quelque chose de faux peut être recommandée à nouveau une fois que des vérifications sans problème l’emportent (décochez : plus jamais, même quand elle propose la meilleure affaire)',
      save: 'Enregistrer',
      saved: 'Enregistré. Votre majordome applique ces règles dès la prochaine demande.',
    },
    reports: {
      heading: 'Rapports de simulation',
      foundUnder: 'Rapports trouvés dans',
      runToMakeOne: '(lancez',
      closeParenthesis: 'pour en produire un).',
      sandboxed: 'Ils s’ouvrent en lecture seule, dans un bac à sable sans accès à cette application.',
      empty: 'Aucun report.html pour l’instant.',
    },
    error: {
      title: (status) => `Erreur ${status}`,
      tokenHeading: 'Ouvrez le lien affiché par majordome serve',
      tokenHelpBefore: 'Cette page appartient à votre majordome et demande son jeton d’installation. Lancez-le avec',
      tokenHelpBetween: 'et ouvrez l’adresse qu’il affiche (elle finit par',
      tokenHelpAfter: ').',
      back: 'Retour au majordome',
    },
  },
};
