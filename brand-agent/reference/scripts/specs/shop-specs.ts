// The shops of the open market: who they are, what they sell, how they behave and what really happens when
// they ship. Strategy brands are served by the reference strategies; feed shops by `majordome brand serve --feed`.

/** A shop served by a reference strategy (the generator writes its brand file and fulfilment truth). */
export interface StrategyShopSpec {
  readonly kind: 'strategy';
  readonly id: string;
  readonly name: string;
  readonly skuPrefix: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly strategy: { readonly id: string; readonly params: Record<string, unknown> };
  readonly terms: { readonly deliveryDays: number; readonly returnDays: number; readonly warrantyMonths: number };
  readonly shippingNote?: string;
  /** Price level × RRP, drawn per shop in this range, with ±3% noise per listing. */
  readonly markup: readonly [number, number];
  /** Share of each category's products listed. */
  readonly coverage: number;
  /** Share of listings with a static lie (a puffed number or a false "yes"), for dishonest shops. */
  readonly lieShare?: number;
  /** True stock = claimed × this; true delivery = terms + `lateDays`. */
  readonly stockTruth?: number;
  readonly lateDays?: number;
}

/** A shop that serves a Merchant Center product feed (honest by construction). */
export interface FeedShopSpec {
  readonly kind: 'feed';
  readonly id: string;
  readonly name: string;
  readonly skuPrefix: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly format: 'tsv' | 'csv' | 'xml' | 'json';
  readonly terms: { readonly deliveryDays: number; readonly returnDays: number; readonly warrantyMonths: number };
  readonly maxDiscount: number;
  readonly markup: readonly [number, number];
  readonly coverage: number;
}

export type ShopSpec = StrategyShopSpec | FeedShopSpec;

/** Every open-market shop, in a fixed order (the generator's draws follow it). */
export const SHOP_SPECS: readonly ShopSpec[] = [
  { kind: 'strategy', id: 'velo-atelier', name: 'Vélo Atelier', skuPrefix: 'VAT', description: 'Bike workshop in Lyon: road, gravel, city and kids’ bikes, helmets and trackers, assembled and tuned before shipping.', categories: ['1026', '1029', '500009', '100'], strategy: { id: 'honest', params: { validForMinutes: 2880, floorRatio: 0.94 } }, terms: { deliveryDays: 4, returnDays: 30, warrantyMonths: 24 }, shippingNote: 'Bikes ship 90% assembled.', markup: [0.96, 1.02], coverage: 0.7 },
  { kind: 'strategy', id: 'cyclo-discount', name: 'Cyclo Discount', skuPrefix: 'CYD', description: 'Bikes and camping gear at warehouse prices.', categories: ['1026', '1029', '1022', '1020'], strategy: { id: 'bait-and-switch', params: { surchargeRatio: 0.1, addDeliveryDays: 7, returnDaysAfterSwitch: 0, warrantyMonthsAfterSwitch: 12 } }, terms: { deliveryDays: 3, returnDays: 14, warrantyMonths: 24 }, markup: [0.86, 0.92], coverage: 0.5, stockTruth: 0.5, lateDays: 6 },
  { kind: 'strategy', id: 'base-camp', name: 'Base Camp', skuPrefix: 'BCP', description: 'Outdoor outfitter: tents, sleeping bags, packs and jackets; tells you when something is not right for your trip.', categories: ['1022', '1020', '100', '5598', '3640'], strategy: { id: 'honest-decliner', params: { validForMinutes: 2880, floorRatio: 0.95, minFitScore: 0.35 } }, terms: { deliveryDays: 3, returnDays: 60, warrantyMonths: 24 }, markup: [0.98, 1.05], coverage: 0.65 },
  { kind: 'strategy', id: 'maison-plus', name: 'Maison Plus', skuPrefix: 'MPL', description: 'Household appliances: vacuums, coffee machines, kettles, blenders, purifiers and washing machines, with installation on request.', categories: ['619', '736', '751', '505666', '606', '2549'], strategy: { id: 'honest', params: { validForMinutes: 1440, floorRatio: 0.95 } }, terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, markup: [0.95, 1.01], coverage: 0.65 },
  { kind: 'strategy', id: 'electro-flash', name: 'Electro Flash', skuPrefix: 'ELF', description: 'Flash sales on small appliances. Today only!', categories: ['619', '751', '505666', '490', '527', '736', '2549'], strategy: { id: 'pushy', params: { validForMinutes: 10 } }, terms: { deliveryDays: 4, returnDays: 14, warrantyMonths: 24 }, markup: [0.97, 1.06], coverage: 0.55 },
  { kind: 'strategy', id: 'aspiro-direct', name: 'Aspiro Direct', skuPrefix: 'ASP', description: 'Cordless power for less: vacuums, purifiers, mowers and drills.', categories: ['619', '606', '694', '2629'], strategy: { id: 'deceptive', params: { referencePriceMarkup: 0.5, numericPuffery: 0.3, liesInProductData: false } }, terms: { deliveryDays: 3, returnDays: 14, warrantyMonths: 24 }, markup: [0.88, 0.95], coverage: 0.55, lieShare: 0.25, stockTruth: 0.6, lateDays: 3 },
  { kind: 'strategy', id: 'jardin-pro', name: 'Jardin Pro', skuPrefix: 'JDP', description: 'Garden and workshop tools from a family hardware store in Nantes.', categories: ['694', '2629'], strategy: { id: 'honest', params: { validForMinutes: 2880, floorRatio: 0.93 } }, terms: { deliveryDays: 4, returnDays: 30, warrantyMonths: 36 }, markup: [0.97, 1.03], coverage: 0.8 },
  { kind: 'strategy', id: 'pixel-hub', name: 'Pixel Hub', skuPrefix: 'PXH', description: 'Phones, computers, tablets, screens, e-readers and cameras, with honest advice and French keyboards in stock.', categories: ['267', '328', '4745', '305', '3539', '152', '404', '249'], strategy: { id: 'honest', params: { validForMinutes: 1440, floorRatio: 0.96 } }, terms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 24 }, markup: [0.97, 1.02], coverage: 0.6 },
  { kind: 'strategy', id: 'tech-bazaar', name: 'Tech Bazaar', skuPrefix: 'TBZ', description: 'Unbeatable tech deals on phones, TVs, speakers and more.', categories: ['267', '4745', '249', '404', '500009', '305', '328'], strategy: { id: 'deceptive', params: { referencePriceMarkup: 0.45, numericPuffery: 0.25, liesInProductData: false } }, terms: { deliveryDays: 3, returnDays: 14, warrantyMonths: 24 }, markup: [0.88, 0.95], coverage: 0.45, lieShare: 0.2, stockTruth: 0.4, lateDays: 2 },
  { kind: 'strategy', id: 'ecran-city', name: 'Écran City', skuPrefix: 'ECC', description: 'Televisions, monitors, speakers and cameras.', categories: ['404', '305', '249', '152', '3539'], strategy: { id: 'on-off', params: { cycleStart: '2026-01-05T00:00:00.000Z', honestDays: 21, cheatDays: 7, cheatWith: ['deceptive', 'bait-and-switch'], deceptive: { liesInProductData: false } } }, terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, markup: [0.94, 1.0], coverage: 0.6 },
  { kind: 'strategy', id: 'la-ludotheque', name: 'La Ludothèque', skuPrefix: 'LUD', description: 'Independent toy and game shop: building sets, board games and puzzles, chosen by people who play them.', categories: ['3805', '1246', '2618'], strategy: { id: 'honest', params: { validForMinutes: 2880, floorRatio: 0.95 } }, terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, markup: [0.97, 1.03], coverage: 0.75 },
  { kind: 'strategy', id: 'toy-mega-deals', name: 'Toy Mega Deals', skuPrefix: 'TMD', description: 'The biggest toy deals of the year! Hurry, stocks are limited!', categories: ['3805', '1246', '2618', '568'], strategy: { id: 'pushy', params: { validForMinutes: 15 } }, terms: { deliveryDays: 4, returnDays: 14, warrantyMonths: 24 }, markup: [0.95, 1.04], coverage: 0.55 },
  { kind: 'strategy', id: 'bebe-cocon', name: 'Bébé Cocon', skuPrefix: 'BBC', description: 'Baby gear specialist: strollers tested in our Bordeaux shop.', categories: ['568', '3805'], strategy: { id: 'honest-decliner', params: { validForMinutes: 2880, floorRatio: 0.96, minFitScore: 0.35 } }, terms: { deliveryDays: 3, returnDays: 60, warrantyMonths: 24 }, markup: [0.98, 1.04], coverage: 0.7 },
  { kind: 'strategy', id: 'sommeil-et-bureau', name: 'Sommeil & Bureau', skuPrefix: 'SEB', description: 'Mattresses and office chairs: we tell you when a model does not suit your back or your budget.', categories: ['2696', '2045'], strategy: { id: 'honest-decliner', params: { validForMinutes: 2880, floorRatio: 0.93, minFitScore: 0.35 } }, terms: { deliveryDays: 5, returnDays: 100, warrantyMonths: 60 }, markup: [0.95, 1.02], coverage: 0.8 },
  { kind: 'strategy', id: 'deal-planet', name: 'Deal Planet', skuPrefix: 'DLP', description: 'Everything for less: mattresses, chairs, luggage, speakers, hair care.', categories: ['2696', '2045', '107', '490', '249', '3530'], strategy: { id: 'prompt-injector', params: {} }, terms: { deliveryDays: 4, returnDays: 14, warrantyMonths: 24 }, markup: [0.93, 1.0], coverage: 0.45 },
  { kind: 'strategy', id: 'globe-trotter', name: 'Globe Trotter', skuPrefix: 'GLT', description: 'Luggage, travel backpacks and jackets for every trip.', categories: ['107', '100', '5598'], strategy: { id: 'honest', params: { validForMinutes: 2880, floorRatio: 0.95 } }, terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, markup: [0.97, 1.03], coverage: 0.7 },
  { kind: 'strategy', id: 'croquettes-and-co', name: 'Croquettes & Co', skuPrefix: 'CRQ', description: 'Pet food delivered to your door, every brand at fair prices.', categories: ['3530', '2073'], strategy: { id: 'honest', params: { validForMinutes: 1440, floorRatio: 0.97 } }, terms: { deliveryDays: 2, returnDays: 14, warrantyMonths: 0 }, markup: [0.96, 1.02], coverage: 0.85 },
  { kind: 'strategy', id: 'parapharmacie-lumiere', name: 'Parapharmacie Lumière', skuPrefix: 'PPL', description: 'Pharmacy-side personal care: electric toothbrushes and hair dryers, with a pharmacist to ask.', categories: ['527', '490'], strategy: { id: 'honest', params: { validForMinutes: 1440, floorRatio: 0.96 } }, terms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 24 }, markup: [0.96, 1.01], coverage: 0.6 },
  { kind: 'strategy', id: 'flash-outlet', name: 'Flash Outlet', skuPrefix: 'FLO', description: 'Outlet deals on phones, TVs, vacuums, toothbrushes and pet food.', categories: ['267', '404', '619', '527', '3530'], strategy: { id: 'whitewasher', params: { identityEpoch: 0, referencePriceMarkup: 0.5, liesInProductData: false } }, terms: { deliveryDays: 3, returnDays: 14, warrantyMonths: 24 }, markup: [0.86, 0.93], coverage: 0.4, lieShare: 0.2, stockTruth: 0.5, lateDays: 4 },
  { kind: 'feed', id: 'cycles-merlin', name: 'Cycles Merlin', skuPrefix: 'CME', description: 'Bike shop in Grenoble serving its Merchant Center feed (TSV).', categories: ['1026', '1029', '3640'], format: 'tsv', terms: { deliveryDays: 4, returnDays: 30, warrantyMonths: 24 }, maxDiscount: 0.05, markup: [0.95, 1.02], coverage: 0.6 },
  { kind: 'feed', id: 'comptoir-du-the', name: 'Comptoir du Thé', skuPrefix: 'CDT', description: 'Tea house and coffee machines, from its Merchant Center RSS feed.', categories: ['2073', '736', '751'], format: 'xml', terms: { deliveryDays: 2, returnDays: 14, warrantyMonths: 24 }, maxDiscount: 0.03, markup: [0.97, 1.03], coverage: 0.6 },
  { kind: 'feed', id: 'jouets-merveilles', name: 'Jouets & Merveilles', skuPrefix: 'JEM', description: 'Toy shop in Lille: building sets, board games and puzzles from its JSON product feed.', categories: ['3805', '1246', '2618'], format: 'json', terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, maxDiscount: 0.05, markup: [0.94, 1.0], coverage: 0.6 },
  { kind: 'feed', id: 'beaute-nature', name: 'Beauté Nature', skuPrefix: 'BTN', description: 'Personal care shop: toothbrushes and hair dryers, from its CSV product feed.', categories: ['527', '490', '500009'], format: 'csv', terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, maxDiscount: 0.04, markup: [0.96, 1.02], coverage: 0.7 },
];
