import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Greek, read through a gloss into the reader's English words; accents are optional ("φθηνό", "φθηνο") and nouns and
 * adjectives change their ending with their case, so content words are stems ("ακουστικ*"). The possessive comes after
 * its noun ("η κόρη μου", my daughter): a postposition.
 */
export const GREEK: GlossLexicon = {
  language: 'el',
  name: 'Greek',
  markers: ['και', 'για', 'με', 'χωρίς', 'μέχρι', 'ψάχνω', 'θέλω', 'χρειάζομαι', 'ένα', 'μια', 'ένας', 'το', 'τη', 'την', 'της', 'του', 'στο', 'στη', 'μου', 'δεν', 'όχι', 'ή', 'ευρώ'],
  letters: /\p{Script=Greek}/u,
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'γεια': '', 'γεια σας': '', 'καλημέρα': '', 'καλησπέρα': '', 'ευχαριστώ': 'thanks', 'παρακαλώ': 'please',
    'ψάχνω': 'looking for', 'ψάχνω για': 'looking for', 'θέλω': 'I want', 'θα ήθελα': 'I would like', 'χρειάζομαι': 'I need', 'αγοράσω': 'buy', 'να': '', 'θα': '',
    // Articles, prepositions, conjunctions, pronouns.
    'ο': '', 'η': '', 'οι': '', 'το': '', 'τα': '', 'τον': '', 'την': '', 'τη': '', 'του': '', 'της': '', 'των': '', 'τις': '', 'ένα': 'a', 'ένας': 'a', 'μια': 'a', 'μία': 'a', 'έναν': 'a',
    'και': 'and', 'ή': 'or', 'αλλά': 'but', 'με': 'with', 'χωρίς': 'without', 'για': 'for', 'σε': 'in', 'στο': 'in', 'στη': 'in', 'στην': 'in', 'στον': 'in', 'στα': 'in', 'από': 'from',
    'πολύ': 'very', 'επίσης': 'also', 'ιδανικά': 'ideally', 'κατά προτίμηση': 'ideally', 'αν γίνεται': 'if possible', 'αν είναι δυνατόν': 'if possible', 'που': 'that', 'είναι': 'is', 'να είναι': '',
    'μου': { afterWord: 'my' },
    // Budget cues.
    'μέχρι': { beforeFigure: 'up to', otherwise: 'by' }, 'έως': { beforeFigure: 'up to', otherwise: 'by' }, 'το πολύ': 'at most', 'μέγιστο': 'max', 'κατά μέγιστο': 'max', 'κάτω από': 'under', 'λιγότερο από': 'under', 'όχι πάνω από': 'no more than', 'όχι περισσότερο από': 'no more than',
    'μεταξύ': 'between', 'περίπου': 'about', 'γύρω στα': 'around', 'γύρω στο': 'around', 'προϋπολογισμό*': 'budget', 'τουλάχιστον': 'at least', 'φθην*': 'cheap', 'οικονομικ*': 'cheap',
    'με μεταφορικά': 'incl shipping', 'ευρώ': 'euros', 'δολάρια': 'dollars', 'χιλιάδες': 'thousand',
    // Negation.
    'δεν': 'not', 'όχι': 'not', 'ούτε': 'nor', 'εκτός από': 'except', 'εκτός': 'except', 'οποιοδήποτε χρώμα εκτός από': 'any color except', 'κανένα': 'no',
    // Recipients and ages.
    'δώρο': 'gift', 'δώρου': 'gift', 'για δώρο': 'as a gift', 'ετών': 'years old', 'χρονών': 'years old', 'χρόνων': 'years old', 'χρονο*': 'year old',
    'μητέρα*': 'mother', 'μαμά*': 'mother', 'πατέρα*': 'father', 'μπαμπά*': 'father', 'γιο': 'son', 'γιος': 'son', 'γιου': 'son', 'κόρη': 'daughter', 'κόρης': 'daughter', 'παιδί': 'child', 'παιδιού': 'child', 'παιδιά': 'kids',
    'γιαγιά*': 'grandmother', 'παππού*': 'grandfather', 'αδερφό*': 'brother', 'αδελφό*': 'brother', 'αδερφή*': 'sister', 'αδελφή*': 'sister', 'άντρα': 'husband', 'άνδρα': 'husband', 'σύζυγο': 'husband', 'γυναίκα': 'wife', 'γυναίκας': 'wife',
    'κοπέλα*': 'girlfriend', 'αγόρι': 'boyfriend', 'ανιψιό*': 'nephew', 'ανιψιά*': 'niece', 'θεία*': 'aunt', 'θείο*': 'uncle', 'φίλο*': 'friend', 'φίλη*': 'friend', 'μωρό*': 'baby',
    // Numbers said as words.
    'δύο': 'two', 'τρία': 'three', 'τρεις': 'three', 'τέσσερα': 'four', 'τέσσερις': 'four', 'πέντε': 'five', 'έξι': 'six', 'επτά': 'seven', 'εφτά': 'seven', 'οκτώ': 'eight', 'οχτώ': 'eight', 'εννέα': 'nine', 'εννιά': 'nine', 'δέκα': 'ten', 'δώδεκα': 'twelve',
    'είκοσι': 'twenty', 'πενήντα': 'fifty', 'εκατό': 'hundred', 'χίλια': 'thousand', 'ζευγάρι': 'pair',
    // Dates and deadlines.
    'πριν από': 'before', 'πριν': 'before', 'το αργότερο': 'by', 'το συντομότερο': 'asap', 'όσο πιο γρήγορα': 'asap', 'επειγόντως': 'urgent', 'επείγον': 'urgent',
    'τέλος του επόμενου μήνα': 'end of next month', 'τέλος του μήνα': 'end of month', 'τον επόμενο μήνα': 'next month', 'την επόμενη εβδομάδα': 'next week', 'αύριο': 'tomorrow', 'σήμερα': 'today',
    'δευτέρα': 'monday', 'τρίτη': 'tuesday', 'τετάρτη': 'wednesday', 'πέμπτη': 'thursday', 'παρασκευή': 'friday', 'σάββατο': 'saturday', 'κυριακή': 'sunday',
    'ιανουαρ*': 'january', 'φεβρουαρ*': 'february', 'μαρτ*': 'march', 'απριλ*': 'april', 'μαΐου': 'may', 'μάιος': 'may', 'ιουν*': 'june', 'ιουλ*': 'july', 'αυγούστ*': 'august', 'σεπτεμβρ*': 'september', 'οκτωβρ*': 'october', 'νοεμβρ*': 'november', 'δεκεμβρ*': 'december',
    'χριστούγεννα': 'christmas', 'γενέθλια': 'birthday',
    // Products.
    'παπούτσια για τρέξιμο': 'running shoes', 'παπούτσια τρεξίματος': 'running shoes', 'αθλητικά παπούτσια': 'sneakers', 'παπούτσι*': 'shoes', 'μέγεθος': 'size', 'νούμερο': 'size', 'ακουστικ*': 'headphones', 'καφές': 'coffee', 'καφέ': 'coffee', 'σε κόκκους': 'beans', 'κόκκους': 'beans', 'αλεσμέν*': 'ground',
    'ποδήλατ*': 'bike', 'κράνος ποδηλάτου': 'bike helmet', 'κράν*': 'helmet', 'σακίδιο*': 'backpack', 'υπνόσακ*': 'sleeping bag', 'σκηνή': 'tent', 'σκηνής': 'tent', 'βαλίτσα*': 'suitcase', 'επιτραπέζιο παιχνίδι': 'board game', 'επιτραπέζι*': 'board game',
    'φωτογραφική μηχανή': 'camera', 'κάμερα': 'camera', 'καρέκλα γραφείου': 'office chair', 'καρέκλα*': 'chair', 'τσάι': 'tea', 'ηχεί*': 'speaker', 'πλυντήριο ρούχων': 'washing machine', 'δράπαν*': 'drill', 'κρουστικ*': 'hammer',
    'κινητό': 'phone', 'τηλέφωνο': 'phone', 'στρώμα': 'mattress', 'στρώματος': 'mattress', 'λάπτοπ': 'laptop', 'τροφή για σκύλους': 'dog food', 'σκυλοτροφή': 'dog food', 'τροφή': 'food', 'σκύλ*': 'dog', 'ηλεκτρονικό βιβλίο': 'e-reader', 'στρωματάκι γιόγκα': 'yoga mat', 'τηλεόραση*': 'tv',
    'πιστολάκι μαλλιών': 'hair dryer', 'πιστολάκι': 'hair dryer', 'σεσουάρ': 'hair dryer', 'μπλέντερ': 'blender', 'ηλεκτρική οδοντόβουρτσα': 'electric toothbrush', 'οδοντόβουρτσα*': 'toothbrush', 'μπουφάν': 'jacket', 'τζάκετ': 'jacket', 'παλτό': 'coat', 'καρότσι*': 'stroller',
    'καθαριστής αέρα': 'air purifier', 'σκούπα ρομπότ': 'robot vacuum', 'ρομποτική σκούπα': 'robot vacuum', 'ηλεκτρική σκούπα': 'vacuum', 'σκούπα*': 'vacuum', 'χλοοκοπτικ*': 'lawn mower', 'καφετιέρα*': 'coffee machine', 'μηχανή εσπρέσο': 'espresso machine', 'βραστήρα*': 'kettle', 'παζλ': 'puzzle',
    // Features and attribute values.
    'ασύρματ*': 'wireless', 'ενεργή ακύρωση θορύβου': 'noise cancelling', 'ακύρωση θορύβου': 'noise cancelling', 'ακύρωσης θορύβου': 'noise cancelling', 'αδιάβροχ*': 'waterproof', 'αθόρυβ*': 'quiet', 'ήσυχ*': 'quiet', 'ελαφρ*': 'light', 'πτυσσόμεν*': 'foldable', 'αναδιπλούμεν*': 'foldable', 'ηλεκτρικ*': 'electric',
    'ανοξείδωτ* ατσάλι': 'stainless steel', 'ανοξείδωτ*': 'stainless steel', 'ατσάλι': 'steel', 'γυάλιν*': 'glass', 'γυαλί': 'glass', 'πλαστικ*': 'plastic', 'ξύλιν*': 'wooden', 'ξύλο': 'wood', 'αλουμινί*': 'aluminium', 'ρύθμιση θερμοκρασίας': 'temperature control', 'αφρογαλιέρα': 'milk frother', 'μύλο': 'grinder', 'κάψουλ*': 'capsule',
    'χωρίς σακούλα': 'bagless', 'ατόμων': 'people', 'άτομα': 'people', 'λίτρ*': 'litres', 'ιντσών': 'inch', 'ίντσες': 'inch', 'ταχύτητ*': 'gears', 'κομμάτια': 'pieces', 'βουνού': 'mountain', 'δρόμου': 'road', 'πόλης': 'city', 'πεζοπορί*': 'hiking', 'ορειβατικ*': 'hiking',
    'παιδικ*': 'kids', 'ανδρικ*': "men's", 'γυναικεί*': "women's", 'μπαταρί*': 'battery', 'επαναφορτιζόμεν*': 'cordless', 'φως': 'light', 'φωτάκι': 'light', 'σκληρ*': 'hard', 'μαλακ*': 'soft', 'μεσαί*': 'medium', 'αφρό μνήμης': 'memory foam', 'βιολογικ*': 'organic', 'ντεκαφεϊνέ': 'decaf', 'αντιολισθητικ*': 'non slip',
    'οθόνη*': 'screen', 'μεγάλ*': 'big', 'μικρ*': 'small', 'καινούργι*': 'new', 'μεταχειρισμέν*': 'used', 'κουκούλα': 'hood', 'σχολικ*': 'school', 'ταξιδ*': 'travel', 'καμπίνας': 'cabin size', 'οσφυϊκή υποστήριξη': 'lumbar support', 'μπράτσα': 'armrests', 'κουτάβ*': 'puppy', 'χωρίς σιτηρά': 'grain free', 'ξηρ*': 'dry',
    'πράσινο τσάι': 'green tea', 'μαύρο τσάι': 'black tea', 'πούπουλ*': 'down', 'συνθετικ*': 'synthetic', 'βενζινοκίνητ*': 'petrol', 'αυτοκινούμεν*': 'self-propelled', 'από τη γέννηση': 'from birth', 'ρυθμιζόμεν*': 'adjustable',
    // Colours.
    'χρώμα*': 'color', 'μαύρ*': 'black', 'λευκ*': 'white', 'άσπρ*': 'white', 'κόκκιν*': 'red', 'μπλε': 'blue', 'πράσιν*': 'green', 'γκρι': 'grey', 'ροζ': 'pink', 'κίτριν*': 'yellow', 'μωβ': 'purple', 'πορτοκαλί': 'orange', 'ασημί': 'silver', 'καφέ χρώμα': 'brown', 'καφετί': 'brown',
  },
};
