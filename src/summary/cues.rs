//! Word lists the summary layer reads sentences by (English first): openers that lean on the
//! sentence before, verbs that attribute a quote, and cues that a sentence raises a question.
//! Data only; every list is one string of words in byte order, one space apart, for binary
//! search (checked by a test). Entries of the languages `text::packs` lists are in the full build
//! only (feature `all-languages`).

/// Per language: words that, opening a sentence, lean on the sentence before (pronouns,
/// possessives, demonstratives, connectives: "He said ...", "But ...", "Diese ...", "Cependant").
pub const DEPENDENT_OPENERS: &[(&str, &str)] = &[
    ("en", "accordingly additionally afterwards again also and another besides both but consequently furthermore he hence her hers him his however indeed instead it its likewise meanwhile moreover nevertheless nonetheless nor or otherwise she similarly so still such that their them then thereafter thereby therefore these they this those thus whereas yet"),
    #[cfg(feature = "all-languages")]
    ("de", "aber allerdings also auch außerdem dabei dadurch dafür dagegen daher damit danach dann darauf darin darum davon dazu dennoch deshalb deswegen dies diese diesem diesen dieser dieses doch dort ebenfalls ebenso er es folglich ihm ihn ihnen ihr ihre ihrem ihren ihrer jedoch jene jenem jenen jener jenes sein seine seinem seinen seiner sie solche stattdessen trotzdem zudem"),
    #[cfg(feature = "all-languages")]
    ("fr", "ainsi alors aussi c' ce ceci cela celle celles celui cependant ces cet cette ceux donc elle elles ensuite il ils leur leurs lui mais néanmoins pourtant puis sa ses son toutefois ça"),
    #[cfg(feature = "all-languages")]
    ("es", "además aquel aquella aquellas aquello aquellos asimismo así ella ellas ello ellos entonces esa esas ese eso esos esta estas este esto estos pero su sus también tampoco él"),
    #[cfg(feature = "all-languages")]
    ("it", "anche comunque dunque egli ella essa esse essi inoltre invece lei loro lui ma pertanto però poi quella quelle quelli quello questa queste questi questo quindi sua sue suo suoi tuttavia"),
    #[cfg(feature = "all-languages")]
    ("pt", "aquela aquele aquilo assim contudo ela elas ele eles entretanto essa essas esse esses esta estas este estes isso isto mas portanto porém seu seus sua suas também todavia"),
    #[cfg(feature = "all-languages")]
    ("nl", "bovendien daarbij daardoor daarna daarom dat deze die dit dus echter haar hem hen hij hun maar ook toch ze zij zo"),
];

/// Per language: demonstrative determiners. Within a sentence's first few words, after only
/// stop words ("In this design", "Most of these", "In diesem Fall", "En este caso"), one points
/// back as an opening pronoun does.
pub const DEMONSTRATIVES: &[(&str, &str)] = &[
    ("en", "these this those"),
    #[cfg(feature = "all-languages")]
    ("de", "dies diese diesem diesen dieser dieses jene jenem jenen jener jenes solche solchem solchen solcher"),
    #[cfg(feature = "all-languages")]
    ("fr", "ce ces cet cette"),
    #[cfg(feature = "all-languages")]
    ("es", "aquel aquella aquellas aquellos esa esas ese esos esta estas este estos"),
    #[cfg(feature = "all-languages")]
    ("it", "quel quella quelle quelli quello questa queste questi questo"),
    #[cfg(feature = "all-languages")]
    ("pt", "aquela aquele essa essas esse esses esta estas este estes"),
    #[cfg(feature = "all-languages")]
    ("nl", "deze dit zulke"),
];

/// Per language: nouns of time after which a demonstrative points at the calendar, not back
/// ("This year ...", "Diese Woche ...", "Cette année ...").
pub const DEICTIC_TIME: &[(&str, &str)] = &[
    ("en", "afternoon autumn century day decade evening fall month morning night quarter season spring summer week weekend winter year"),
    #[cfg(feature = "all-languages")]
    ("de", "abend frühjahr herbst jahr jahres jahrhundert monat monats morgen saison sommer tag tages winter woche wochenende"),
    #[cfg(feature = "all-languages")]
    ("fr", "année automne hiver jour matin mois printemps saison semaine siècle soir week-end été"),
    #[cfg(feature = "all-languages")]
    ("es", "año fin invierno mañana mes noche otoño primavera semana siglo tarde temporada verano"),
    #[cfg(feature = "all-languages")]
    ("it", "anno autunno estate giorno inverno mattina mese notte primavera secolo sera settimana stagione"),
    #[cfg(feature = "all-languages")]
    ("pt", "ano inverno manhã mês noite outono primavera semana século tarde temporada verão"),
    #[cfg(feature = "all-languages")]
    ("nl", "avond eeuw jaar maand najaar ochtend seizoen voorjaar week weekend winter zomer"),
];

/// Per language: phrases (words one space apart, phrases '|' apart) that, opening a sentence,
/// lean on the one before ("In other words", "Par ailleurs", "Sin embargo").
pub const DEPENDENT_PHRASES: &[(&str, &str)] = &[
    ("en", "by contrast|even so|for example|for instance|in contrast|in other words|in turn|on the other hand|that is|what is more"),
    #[cfg(feature = "all-languages")]
    ("de", "auf der anderen seite|im gegenteil|mit anderen worten|zum beispiel"),
    #[cfg(feature = "all-languages")]
    ("fr", "c'est-à-dire|d'autre part|en effet|en revanche|par exemple"),
    #[cfg(feature = "all-languages")]
    ("es", "de hecho|es decir|no obstante|por ejemplo|por eso|por lo tanto|por otra parte|sin embargo"),
    #[cfg(feature = "all-languages")]
    ("it", "d'altra parte|di conseguenza|in effetti|per esempio"),
    #[cfg(feature = "all-languages")]
    ("pt", "de fato|no entanto|ou seja|por exemplo|por isso"),
    #[cfg(feature = "all-languages")]
    ("nl", "aan de andere kant|bijvoorbeeld|met andere woorden"),
];

/// Per language: tags that close a sentence after a comma by leaning on the one before
/// ("Unless it rains, that is.", "..., though.", "..., jedoch.").
pub const DEPENDENT_TAGS: &[(&str, &str)] = &[
    ("en", "after all|that is|though"),
    #[cfg(feature = "all-languages")]
    ("de", "allerdings|jedenfalls|jedoch"),
    #[cfg(feature = "all-languages")]
    ("fr", "cependant|pourtant|toutefois"),
    #[cfg(feature = "all-languages")]
    ("es", "eso sí|sin embargo"),
    #[cfg(feature = "all-languages")]
    ("it", "però|tuttavia"),
    #[cfg(feature = "all-languages")]
    ("pt", "contudo|porém"),
    #[cfg(feature = "all-languages")]
    ("nl", "echter|overigens"),
];

/// Per language: calls to the reader that open a sentence ("Click ...", "Stay tuned", "Lesen
/// Sie ...", "Suscríbete ..."): the page's voice, not the story's. Phrases '|' apart.
pub const CALLS: &[(&str, &str)] = &[
    ("en", "check back|click|don't miss|download|find out more|learn more|listen to|read more|sign up|stay tuned|subscribe|try this"),
    #[cfg(feature = "all-languages")]
    ("de", "abonnieren sie|erfahren sie mehr|folgen sie|hören sie|klicken sie|lesen sie|melden sie sich|sehen sie"),
    #[cfg(feature = "all-languages")]
    ("fr", "abonnez-vous|cliquez|découvrez|inscrivez-vous|lisez|retrouvez|suivez-nous"),
    #[cfg(feature = "all-languages")]
    ("es", "descubre|haz clic|lee|regístrate|suscríbete|síguenos"),
    #[cfg(feature = "all-languages")]
    ("it", "clicca|iscriviti|leggi|scopri|seguici"),
    #[cfg(feature = "all-languages")]
    ("pt", "assine|clique|descubra|leia|siga-nos"),
    #[cfg(feature = "all-languages")]
    ("nl", "abonneer|klik|lees|ontdek|volg ons"),
];

/// Per language: calls that ask the reader to turn to the site, anywhere in a sentence ("...
/// and subscribe to our channel", "follow us on ..."). Phrases '|' apart.
pub const CALLS_TO_US: &[(&str, &str)] = &[
    ("en", "contact us|follow us|join us|let us know|sign up for our|subscribe to our|support our"),
    #[cfg(feature = "all-languages")]
    ("de", "folgen sie uns|kontaktieren sie uns|unterstützen sie uns"),
    #[cfg(feature = "all-languages")]
    ("fr", "contactez-nous|soutenez-nous|suivez-nous"),
    #[cfg(feature = "all-languages")]
    ("es", "contáctanos|suscríbete|síguenos"),
    #[cfg(feature = "all-languages")]
    ("it", "contattaci|seguici|sostienici"),
    #[cfg(feature = "all-languages")]
    ("pt", "contate-nos|siga-nos"),
    #[cfg(feature = "all-languages")]
    ("nl", "steun ons|volg ons"),
];

/// Per language: the site's own possessives, and the nouns of a piece or a programme: "our
/// newsletter", "in unserer Reportage", "notre dossier" point the reader to the site, not the
/// story. After a demonstrative ("In this article, I explain ...") the page names itself: on a
/// how-to page that is often its thesis, so it only weighs less.
pub const OUR: &[(&str, &str)] = &[
    ("en", "our"),
    #[cfg(feature = "all-languages")]
    ("de", "unser unsere unserem unseren unserer"),
    #[cfg(feature = "all-languages")]
    ("fr", "nos notre"),
    #[cfg(feature = "all-languages")]
    ("es", "nuestra nuestras nuestro nuestros"),
    #[cfg(feature = "all-languages")]
    ("it", "nostra nostre nostri nostro"),
    #[cfg(feature = "all-languages")]
    ("pt", "nossa nossas nosso nossos"),
    #[cfg(feature = "all-languages")]
    ("nl", "ons onze"),
];
pub const MEDIA: &[(&str, &str)] = &[
    ("en", "article blog episode guide newsletter podcast post roundup tutorial video"),
    #[cfg(feature = "all-languages")]
    ("de", "artikel beitrag blog folge newsletter podcast ratgeber reportage video"),
    #[cfg(feature = "all-languages")]
    ("fr", "article billet dossier newsletter podcast reportage vidéo épisode"),
    #[cfg(feature = "all-languages")]
    ("es", "artículo blog boletín episodio podcast reportaje video vídeo"),
    #[cfg(feature = "all-languages")]
    ("it", "articolo blog episodio newsletter podcast reportage video"),
    #[cfg(feature = "all-languages")]
    ("pt", "artigo blog episódio newsletter podcast reportagem vídeo"),
    #[cfg(feature = "all-languages")]
    ("nl", "aflevering artikel blog nieuwsbrief podcast reportage video"),
];

/// Per language: openings ('|'-separated phrases) that point back as a pronoun does ("The two
/// are easy to do", "The latter said no").
pub const BACK_REFERENCES: &[(&str, &str)] = &[("en", "the former|the four|the latter|the three|the two")];

/// Verbs and phrases that attribute a quotation to someone.
pub const ATTRIBUTION: &str = "\
    according added admitted announced claimed confirmed declared explained insisted \
    revealed said says stated tells told tweeted warned wrote";

/// Words by which a sentence raises the story's open question (for the teaser style).
pub const QUESTION_CUES: &str = "\
    could how mystery puzzle question remains secret uncertain unclear unknown what whether \
    why";

/// Words that mark a clause boundary a headline can be cut before.
pub const CLAUSE_STARTS: &str = "\
    after although and as because before but following since though until when where whereas \
    which while who";

/// Per language: words that are never part of a key phrase though the stop list lets them
/// through: number words and quantities ("two", "million", "percent"), units of time ("week",
/// "year"; dates themselves are the timeline's, and their words are left out where the
/// timeline finds them), adverbs and function words ("even", "however", "another"), and
/// common verb forms no tense cue catches ("made", "gets"). Applied to words that are not names.
pub const NOT_KEY: &[(&str, &str)] = &[
    ("en", "\
        about across added ago almost alone along already also amid amount among another anything \
        around asked \
        away back became become beforehand began begin begun behind besides beyond billion bring brings \
        brought ca called came cent click come comes day days decade decades despite dozen dozens eight \
        eighteen eighty either eleven else enough even ever every everything far fifteen fifty \
        first five following former forty found four fourteen gave get gets give given go goes got half held \
        helps hit hits hold holds hour hours however hundred hundreds including instead keep kept known \
        last later latter leave leaves left less let lets like long made make makes many may meanwhile \
        majority might million millions minute minutes month months more most much must near nearly never \
        new next nine nineteen ninety nothing number often one onto per percent perhaps please put puts ran rather run \
        runs saw second see seem seems seen sees set sets seven seventeen seventy several show \
        shown shows since six sixteen sixty something soon still such take takes tell tells ten \
        think third thirteen thirty though thought thousand thousands three thus time today \
        together told tomorrow tonight took total toward towards twelve twenty two unless unlike upon use used \
        uses via want wanted wants way week weeks well went whether whose within without wo would \
        year years yesterday yet \
        anybody anyone eighth everybody everyone fifth fourth ninth nobody seventh sixth somebody someone tenth \
        accordingly although cannot despite maybe quite somewhat whatever \
        adopt adopts allow allows appear appears argue argues believe believes consider considers continue \
        continues decide decides describe describes enable enables ensure ensures expect expects explain \
        explains include includes involve involves mean means prevent prevents provide provides receive \
        receives remain remains require requires seem suggest suggests tend tends"),
    #[cfg(feature = "all-languages")]
    ("de", "\
        acht bereits dreißig drei dritte dritten dutzend eins elf erste ersten etwa fast fünf \
        beide beiden beider beides eben einige einigen einiger mehrere mehreren meisten neben \
        jeweilige jeweiligen sämtliche sämtlichen unser unsere unserem unseren unserer unseres \
        viele vielen vieler weder wenige wenigen weitere weiteren weiterer wieso zahlreiche zahlreichen zugegeben \
        konnte konnten musste mussten müssen sollte sollten wollte wollten \
        anzahl ans beim gestern halb hälfte heute hundert immer jahr jahre jahren milliarde milliarden million \
        millionen minute minuten monat monate monaten morgen neun prozent rund schon sechs sieben \
        stunde stunden tag tage tagen tausend vier vierzig woche wochen zehn zahl zwanzig zwei \
        zweite zweiten zwölf"),
    #[cfg(feature = "all-languages")]
    ("fr", "\
        ainsi alors an ans année années après aujourd'hui aussi autre autres avant avoir beaucoup \
        bien cent cents cependant chaque chez cinq contre depuis cinquante déjà deux deuxième dix douze douzaine encore enfin \
        entre ensuite environ être faire fait fois heure heures hier huit jamais jour jours lors milliard milliards \
        mille million millions minute minutes mois moitié moins neuf nombre notamment onze pendant \
        plusieurs premier première premiers presque puis quarante quatre quelque quelques semaine \
        semaines sept seulement sans six sous souvent surtout toujours total tous tout toute toutes treize trente \
        trois troisième très trop vers vingt"),
    #[cfg(feature = "all-languages")]
    ("es", "\
        además ahora año años aún cantidad casi cada cerca cien ciento cientos cinco cincuenta cuarenta \
        cuatro después diez docena doce dos día días entonces hora horas hoy luego mes meses \
        mientras mil millón millones minuto minutos mitad menos mucha muchas mucho muchos nueve nunca número ocho once primer \
        primera primero segunda segundo seis semana semanas siempre siete sino solo sólo tercer \
        tercera tercero todavía total tres treinta varias varios veces veinte vez"),
];

/// Per language: words after which a lower-case word is a verb ("to help", "would curtail",
/// "they believe", "il faut", "se trata").
pub const BEFORE_VERB: &[(&str, &str)] = &[
    ("en", "can cannot could had has have he i may might must n't never not shall she should they to we who will would you"),
    #[cfg(feature = "all-languages")]
    ("fr", "a avaient avait elle elles est il ils je n' ne nous on ont s' se sont vous était étaient être"),
    #[cfg(feature = "all-languages")]
    ("es", "ha han había habían no se"),
];

/// Per language: articles and determiners. After one, a word with a verb or adverb ending is a
/// noun or an adjective ("the proposed law", "the family", "le gouvernement", "el partido").
/// Before one of the first list, a word is a verb or a preposition ("ignores the report", "onto
/// the tracks", "firmó el acuerdo"); the second list's words also follow nouns ("the law that",
/// "ministre des Finances", "precio del petróleo").
pub const ARTICLES: &[(&str, &str, &str)] = &[
    ("en", "a an any each every her his its my no our some such the their these this those your", "that"),
    #[cfg(feature = "all-languages")]
    ("fr", "ce ces cet cette l' la le les leur leurs notre nos sa ses son un une", "au aux des du"),
    #[cfg(feature = "all-languages")]
    ("es", "el esa ese esta este estas estos la las los su sus un una unas unos", "al del"),
];

/// Per language: words before which a lower-case word is a verb or a preposition: object
/// pronouns and "whether" ("Follow us", "asks whether").
pub const BEFORE_OBJECT: &[(&str, &str)] = &[("en", "him me them us whether")];

/// Per language: modifiers that say how the writer rates a thing or how much of it there is,
/// not what it is ("great donation", "unique potential", "different kind", "best costumes"):
/// never the first or last word of a key phrase. Where nouns are capitalized, the words are
/// stems that the adjective endings of [`CAPITALIZED_NOUNS`] decline ("gut": "guten").
pub const GENERAL_MODIFIERS: &[(&str, &str)] = &[
    (
        "en",
        "\
        additional amazing awesome bad best better big bigger biggest certain cool coolest different easy entire \
        exact excellent fantastic favorite favourite good great greatest huge important incredible \
        individual interesting key largest latest little nice particular perfect pretty quick simple \
        specific sufficient terrible tiny unique various vast whole wonderful worst",
    ),
    #[cfg(feature = "all-languages")]
    (
        "de",
        "\
        aktuell besser best bestimmt eigen einfach einzeln ganz gesamt groß größt gut interessant \
        klein neu richtig riesig schön spannend toll verschieden wichtig ähnlich",
    ),
    #[cfg(feature = "all-languages")]
    (
        "fr",
        "\
        bon bonne bonnes bons certain certaine certaines certains différent différente différentes \
        différents grand grande grandes grands important importante importantes importants meilleur \
        meilleure meilleures meilleurs même mêmes nouveau nouveaux nouvelle nouvelles petit petite \
        petites petits seul seule seules seuls vrai vraie",
    ),
    #[cfg(feature = "all-languages")]
    (
        "es",
        "\
        buen buena buenas bueno buenos cierta ciertas cierto ciertos diferente diferentes distintas \
        distintos gran grande grandes importante importantes mejor mejores misma mismas mismo mismos \
        nueva nuevas nuevo nuevos poca pocas poco pocos propia propias propio propios única únicas \
        único únicos",
    ),
];

/// Per language: nouns too general to name what an article is about ("things", "role",
/// "interview", "situaciones"): never a key phrase alone, though they may head one ("state
/// legislature").
pub const GENERAL_NOUNS: &[(&str, &str)] = &[
    (
        "en",
        "\
        area book case change changes content course example experience fact form idea incident \
        interview issue item kind lot man matter men moment need needs officials part people person \
        piece place point post power problem reason recipe report result right role side sort state \
        stuff thank thanks thing things type use way woman women work world",
    ),
    #[cfg(feature = "all-languages")]
    ("de", "art ding dinge fall fälle fällen leute menschen sache sachen situation teil teile weise welt"),
    #[cfg(feature = "all-languages")]
    ("fr", "cas chose choses façon gens manière monde partie personne personnes situation type"),
    #[cfg(feature = "all-languages")]
    (
        "es",
        "caso casos cosa cosas forma gente intención manera mundo parte partes persona personas \
        situaciones situación tema tipo",
    ),
];

/// Per language: lower-case words that stand inside a name between two capitalized words
/// ("Bank of America", "Confederación Hidrográfica del Ebro"). ("&" joins in every language.)
pub const NAME_JOINERS: &[(&str, &str)] = &[
    ("en", "of"),
    #[cfg(feature = "all-languages")]
    ("fr", "de des du"),
    #[cfg(feature = "all-languages")]
    ("es", "de del"),
    #[cfg(feature = "all-languages")]
    ("it", "del della di"),
    #[cfg(feature = "all-languages")]
    ("pt", "da das de do dos"),
];

/// Per language: endings of verb forms and adverbs the tense cues do not hold ("-ing", "-ly",
/// "-ment", "-mente", "-ando"), for words of five letters or more; then the endings that undo
/// them ("-eed": "need", "speed"; "-ier": "dossier").
pub const KEY_ENDINGS: &[(&str, &str, &str)] = &[
    ("en", "ing ly", "eed"),
    ("fr", "ment er ent", "ier"),
    ("es", "mente ando iendo ar er ir an en arle erle irle arlo erlo irlo arse erse irse", ""),
];

/// Per language: endings of adverbs. One of five letters or more right before a verb form is
/// an adverb even after an article ("a superbly crafted game").
pub const ADVERB_ENDINGS: &[(&str, &str)] = &[("en", "ly"), ("es", "mente")];

/// Languages that capitalize every noun, and the endings of their declined adjectives: there a
/// key phrase ends in a capitalized word, a lower-case word in it has one of these endings ("neue
/// Linie", not "beschließt neue Linie"), and a lower-case word after a noun begins another phrase.
pub const CAPITALIZED_NOUNS: &[(&str, &str)] = &[("de", "e em en er es")];

/// The words of `lang` in a per-language table ("" when the language has none).
pub fn of(table: &[(&'static str, &'static str)], lang: &str) -> &'static str {
    crate::text::packs::need(lang);
    table.iter().find(|(l, _)| *l == lang).map_or("", |x| x.1)
}

/// Words that open a picture credit ("Photograph: Jane Doe/Agency"): the article's body
/// follows it, a caption precedes it.
pub const CREDITS: &str = "\
    credit image images photo photograph photos picture pictures";

/// Whether `word` is in `list`: words in byte order, one space apart (one string per list
/// keeps the wasm small: no table of slices). Binary search over the bytes.
pub fn contains(list: &str, word: &str) -> bool {
    let (b, word) = (list.as_bytes(), word.as_bytes());
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = b[..mid].iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1).max(lo);
        let end = b[start..].iter().position(|&c| c == b' ').map_or(b.len(), |p| start + p);
        match b[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_lists_are_sorted_and_unique() {
        for (lang, list) in
            DEPENDENT_PHRASES.iter().chain(DEPENDENT_TAGS).chain(BACK_REFERENCES).chain(CALLS).chain(CALLS_TO_US)
        {
            let phrases: Vec<&str> = list.split('|').collect();
            let mut s = phrases.clone();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s, phrases, "{lang}");
            assert!(phrases.iter().all(|p| !p.is_empty() && !p.contains("  ") && p.trim() == *p), "{lang}");
        }
    }

    #[test]
    fn lists_are_sorted_and_unique() {
        let tables = [
            DEPENDENT_OPENERS,
            DEMONSTRATIVES,
            DEICTIC_TIME,
            OUR,
            MEDIA,
            BEFORE_OBJECT,
            GENERAL_MODIFIERS,
            GENERAL_NOUNS,
            NAME_JOINERS,
        ]
        .into_iter()
        .flat_map(|t| t.iter().map(|x| x.1));
        for list in [ATTRIBUTION, QUESTION_CUES, CLAUSE_STARTS, CREDITS].into_iter().chain(tables) {
            let words: Vec<&str> = list.split(' ').collect();
            let mut s = words.clone();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s, words);
            assert!(words.iter().all(|w| !w.is_empty() && contains(list, w)), "{list}");
            for other in ["", "a", "zzz", "aardvark", "m", "sai", "saidx"] {
                assert_eq!(contains(list, other), words.contains(&other), "{other}");
            }
        }
    }
}
