//! Pasted text: split into blocks (paragraphs, lines) and tell prose from the lines that came
//! along with it: the headline, a date line, a byline, and junk (share buttons, donation
//! widgets, bare amounts, "LINK").
//!
//! Rules go by the shape of a line (words, letters, final punctuation, second-person calls to
//! action), not by strings copied from any one site.

use super::{Block, Document};
use crate::analysis::Kind;
use crate::options::Prefer;
use crate::text::words;
use crate::time::Reference;
use std::ops::Range;

/// Page furniture and calls to action, per language (folded words): a short line holding one of
/// these is a prompt, a button or a credit rather than prose. Written for this project.
const FURNITURE: &[(&str, &[&str])] = &[
    ("en", &["share", "shares", "shared", "tweet", "subscribe", "subscribed", "subscription", "donate", "donation", "newsletter", "sign", "login", "log", "cookie", "cookies", "advertisement", "advertising", "sponsored", "click", "tap", "read", "follow", "comments", "comment", "link", "print", "email", "e-mail", "copy", "support", "consider", "helping", "menu", "skip", "related", "loading", "watch", "listen", "photo", "photograph", "image", "credit", "caption", "download", "app", "register", "accept", "continue", "ad"]),
    ("de", &["teilen", "abonnieren", "abonnement", "abo", "spenden", "spende", "newsletter", "anmelden", "einloggen", "registrieren", "cookies", "cookie", "anzeige", "werbung", "klicken", "lesen", "weiterlesen", "folgen", "kommentare", "kommentar", "link", "drucken", "unterstützen", "foto", "bild", "bildquelle", "quelle", "herunterladen", "akzeptieren"]),
    ("fr", &["partager", "partagez", "abonnez-vous", "abonner", "abonnement", "abonnez", "faire", "don", "dons", "newsletter", "connexion", "connecter", "inscrivez-vous", "inscrire", "cookies", "publicité", "cliquez", "cliquer", "lire", "suivez-nous", "suivez", "suivre", "commentaires", "commentaire", "lien", "imprimer", "soutenez", "soutenir", "photo", "crédit", "crédits", "télécharger", "accepter"]),
    ("es", &["compartir", "comparte", "suscríbete", "suscribirse", "suscripción", "dona", "donar", "donación", "boletín", "newsletter", "iniciar", "sesión", "regístrate", "cookies", "publicidad", "anuncio", "haz", "clic", "pulsa", "leer", "lee", "síguenos", "seguir", "comentarios", "comentario", "enlace", "imprimir", "apoya", "foto", "fotografía", "imagen", "crédito", "descargar", "aceptar"]),
    ("it", &["condividi", "condividere", "iscriviti", "abbonati", "abbonamento", "dona", "donazione", "newsletter", "accedi", "registrati", "cookie", "pubblicità", "clicca", "leggi", "seguici", "segui", "commenti", "commento", "link", "stampa", "sostieni", "foto", "immagine", "credito", "scarica", "accetta"]),
    ("pt", &["partilhar", "compartilhe", "compartilhar", "assine", "assinar", "assinatura", "doe", "doar", "doação", "newsletter", "entrar", "cadastre-se", "cookies", "publicidade", "anúncio", "clique", "leia", "ler", "siga-nos", "siga", "comentários", "comentário", "link", "imprimir", "apoie", "foto", "imagem", "crédito", "baixar", "aceitar"]),
    ("nl", &["delen", "deel", "abonneer", "abonneren", "abonnement", "doneer", "doneren", "donatie", "nieuwsbrief", "inloggen", "aanmelden", "registreren", "cookies", "advertentie", "reclame", "klik", "lees", "volg", "reacties", "reactie", "link", "printen", "steun", "foto", "beeld", "downloaden", "accepteren"]),
    ("ru", &["поделиться", "подписаться", "подпишитесь", "подписка", "пожертвовать", "рассылка", "войти", "регистрация", "cookies", "реклама", "нажмите", "читать", "читайте", "подробнее", "следите", "комментарии", "ссылка", "печать", "поддержите", "фото", "изображение", "скачать", "принять"]),
];

/// Second-person words (folded): a call to action speaks to the reader.
const SECOND_PERSON: &[(&str, &[&str])] = &[
    ("en", &["you", "your", "yours", "us", "our"]),
    ("de", &["du", "dich", "dir", "dein", "deine", "sie", "ihnen", "ihr", "ihre", "uns", "unser", "unsere"]),
    ("fr", &["vous", "votre", "vos", "tu", "ton", "ta", "tes", "nous", "notre", "nos"]),
    ("es", &["usted", "ustedes", "tu", "tú", "te", "tus", "su", "sus", "nos", "nuestro", "nuestra", "nuestros"]),
    ("it", &["tu", "ti", "tuo", "tua", "voi", "vi", "vostro", "vostra", "ci", "ci", "nostro", "nostra"]),
    ("pt", &["você", "vocês", "seu", "sua", "te", "nos", "nosso", "nossa"]),
    ("nl", &["u", "uw", "jij", "je", "jouw", "ons", "onze"]),
    ("ru", &["вы", "вас", "вам", "ваш", "ваша", "ты", "тебя", "нас", "наш", "наша"]),
];

fn in_table(table: &[(&str, &[&str])], lang: &str, word: &str) -> bool {
    table.iter().filter(|(l, _)| *l == lang || lang == "und" || *l == "en").any(|(_, ws)| ws.contains(&word))
}

/// Separators of navigation crumbs and menus ("Home > World > Europe", "News | Sport").
const CRUMB_SEPARATORS: &[char] = &['>', '›', '»', '|', '/', '·', '•', '→', '\u{203a}'];

/// Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？'])
}

fn starts_lower(s: &str) -> bool {
    s.trim_start().chars().next().is_some_and(|c| c.is_lowercase())
}

/// Lines of `text` as byte ranges without their line terminator.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let end = if text[..i].ends_with('\r') { i - 1 } else { i };
            out.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Group lines into blocks: a blank line always ends a block; a single line break ends one
/// unless the text is hard-wrapped (the line runs on in lower case, or fills the wrap width
/// without ending a sentence).
fn blocks(text: &str) -> Vec<Range<usize>> {
    let all = lines(text);
    let widest = all.iter().map(|r| text[r.clone()].chars().count()).max().unwrap_or(0);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    for r in all {
        let line = &text[r.clone()];
        if line.trim().is_empty() {
            out.extend(open.take());
            continue;
        }
        open = Some(match open {
            Some(o) => {
                let prev = &text[o.clone()];
                let prev_line = prev.rsplit('\n').next().unwrap_or(prev);
                let wrapped = !ends_sentence(prev_line)
                    && (starts_lower(line) || (widest >= 40 && widest <= 100 && prev_line.chars().count() * 10 >= widest * 8));
                if wrapped {
                    o.start..r.end
                } else {
                    out.push(o);
                    r
                }
            }
            None => r,
        });
    }
    out.extend(open);
    out.into_iter().filter_map(|r| crate::text::sentences::trim(text, r)).collect()
}

/// Whether the block is only a date ("MARCH 2021", "Monday, 12 April 2021", "2021-04-12").
fn date_only(text: &str, r: &Range<usize>, lang: &str) -> Option<String> {
    let line = &text[r.clone()];
    if line.split_whitespace().count() > 8 {
        return None;
    }
    // (in the article's language: "MÄRZ 2021" alone reads as no language at all)
    let found = crate::time::recognize_lang(text, std::slice::from_ref(r), None, Prefer::Tense, lang);
    let significant = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let in_dates: usize = found.iter().map(|t| significant(&t.text)).sum();
    if !found.is_empty() && in_dates * 10 >= significant(line) * 7 {
        found.into_iter().find(|t| !t.value.starts_with('X')).map(|t| t.value)
    } else {
        None
    }
}

/// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn byline(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("By ").or_else(|| line.trim().strip_prefix("BY "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let names = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count();
    (names * 2 >= words.len()).then(|| rest.trim().to_string())
}

/// Junk that is not prose, by the shape of the line in language `lang`: no letters (amounts,
/// bare numbers), a lone word without a stop, a navigation crumb, a photo credit, a menu row,
/// or a short call to action (furniture words, second person, `!`/`?` or no final stop).
fn furniture(line: &str, lang: &str) -> Junk {
    let line = line.trim();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let digits = line.chars().filter(|c| c.is_ascii_digit()).count();
    if letters == 0 {
        return Junk::Shape; // "0 $", "2,500 $", "***", "12:30"
    }
    let toks = words::tokens(line, 0..line.len(), lang);
    let n = toks.len();
    let terminal = ends_sentence(line);
    // "€2,500", "USD 300", "1.99 EUR": an amount with a currency code or sign.
    if digits > 0 && letters <= 3 && n <= 3 && !terminal {
        return Junk::Shape;
    }
    if n == 1 && !terminal {
        return Junk::Shape; // "LINK", "Advertisement", "Anzeige"
    }
    // Navigation crumbs and menus: short pieces between separators, no final stop.
    let pieces: Vec<&str> = line.split(CRUMB_SEPARATORS).map(str::trim).filter(|p| !p.is_empty()).collect();
    let seps = line.chars().filter(|c| CRUMB_SEPARATORS.contains(c)).count();
    if seps >= 2 && pieces.len() >= 3 && !terminal && pieces.iter().all(|p| p.split_whitespace().count() <= 4) {
        return Junk::Shape;
    }
    // A photo credit or caption tail: "Photo: Jane Doe/Reuters", "© AFP", "Foto: dpa".
    if line.contains('©') && n <= 16 {
        return Junk::Shape;
    }
    if let Some((label, rest)) = line.split_once([':', '|']) {
        let label_words: Vec<String> = label.split_whitespace().map(words::fold).collect();
        let credit_label = label_words.len() <= 2 && label_words.iter().any(|w| in_table(FURNITURE, lang, w.trim_matches(|c: char| !c.is_alphanumeric())) && matches!(w.trim_matches(|c: char| !c.is_alphanumeric()), "photo" | "photograph" | "image" | "credit" | "picture" | "foto" | "bild" | "bildquelle" | "quelle" | "crédit" | "crédits" | "imagen" | "fotografía" | "crédito" | "immagine" | "credito" | "imagem" | "beeld" | "фото" | "изображение" | "source"));
        if credit_label && rest.split_whitespace().count() <= 10 && !rest.trim_end().ends_with('.') {
            return Junk::Shape;
        }
    }
    if n > 40 {
        return Junk::No;
    }
    let stops = toks.iter().filter(|t| t.stop).count();
    let capitalized = toks.iter().filter(|t| line[t.start..].chars().next().is_some_and(char::is_uppercase)).count();
    // A row of capitalized words with no function word and no final stop: a menu.
    // Weak: a Title Case headline looks the same.
    if n >= 5 && !terminal && stops == 0 && capitalized * 10 >= n * 8 && words::has_stemmer(lang) {
        return Junk::Weak { first: false };
    }
    let cues = toks.iter().filter(|t| in_table(FURNITURE, lang, &t.norm)).count();
    let you = toks.iter().filter(|t| in_table(SECOND_PERSON, lang, &t.norm)).count();
    let imperative_end = line.ends_with(['!', '?', '！', '？']) || !terminal;
    // "Do you like this content? Consider helping us!", "We use cookies to improve your
    // experience. Accept and continue."
    if (cues >= 1 && imperative_end && you >= 1 && n <= 16) || (cues >= 2 && you >= 1) || (cues >= 3 && n <= 16) {
        return Junk::Call;
    }
    // "Share this", "Read more", "Artikel teilen": a short line with a furniture word and no
    // final stop. Weak: a headline can look the same ("Yukos quits shares").
    if cues >= 1 && imperative_end && n <= 4 {
        let first = toks.first().is_some_and(|t| in_table(FURNITURE, lang, &t.norm));
        return Junk::Weak { first };
    }
    Junk::No
}

/// How sure a line is junk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Junk {
    No,
    /// By its shape: no letters, an amount, one word, a crumb trail, a credit, a menu row.
    Shape,
    /// A call to action addressed to the reader.
    Call,
    /// A short line with a furniture word; `first` when that word opens it ("Share this").
    Weak { first: bool },
}

/// Read pasted text into a Document: blocks with kinds, title, byline, a date line.
pub fn read(input: &str) -> Document {
    let mut doc = Document { text: input.to_string(), ..Document::default() };
    let text = doc.text.as_str();
    let ranges = blocks(text);
    let lang = crate::text::language::identify(text);
    let mut kinds = Vec::with_capacity(ranges.len());
    let mut seen_prose = false;
    for (i, r) in ranges.iter().enumerate() {
        let line = &text[r.clone()];
        let words = line.split_whitespace().count();
        let is_last = i + 1 == ranges.len();
        let junk = furniture(line, lang);
        let kind = if !seen_prose && doc.published.is_none() && date_only(text, r, lang).is_some() {
            let value = date_only(text, r, lang).unwrap_or_default();
            doc.published = Reference::parse(&value).map(|p| (p, "text"));
            Kind::Dateline
        } else if date_only(text, r, lang).is_some() {
            Kind::Dateline
        } else if matches!(junk, Junk::Shape | Junk::Call | Junk::Weak { first: true }) {
            Kind::Boilerplate
        } else if doc.byline.is_none() && !seen_prose && byline(line).is_some() {
            doc.byline = byline(line);
            Kind::Boilerplate
        } else if doc.title.is_none() && !seen_prose && !is_last && words <= 25 && !line.trim_end().ends_with('.') {
            doc.title = Some(line.trim().to_string());
            Kind::Title
        } else if junk != Junk::No {
            Kind::Boilerplate
        } else if !ends_sentence(line) && words <= 12 && !is_last {
            Kind::Heading
        } else {
            seen_prose = true;
            Kind::Prose
        };
        kinds.push(kind);
    }
    doc.blocks = ranges.into_iter().zip(kinds).map(|(range, kind)| Block { range, kind }).collect();
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, Kind)> {
        read(t).blocks.iter().map(|b| (t[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn junk_lines_are_not_prose() {
        let t = "MARCH 2021\n\nHarbour bridge reopens\n\n0 $\n\nThe harbour bridge reopened on Monday after repairs.\nLINK\nShare this\n2,500 $\nDo you like this content? Consider helping us!\nEngineers found corroded cables last year.\n";
        let k = kinds(t);
        let get = |s: &str| k.iter().find(|x| x.0 == s).map(|x| x.1);
        assert_eq!(get("MARCH 2021"), Some(Kind::Dateline));
        assert_eq!(get("Harbour bridge reopens"), Some(Kind::Title));
        assert_eq!(get("0 $"), Some(Kind::Boilerplate));
        assert_eq!(get("LINK"), Some(Kind::Boilerplate));
        assert_eq!(get("Share this"), Some(Kind::Boilerplate));
        assert_eq!(get("2,500 $"), Some(Kind::Boilerplate));
        assert_eq!(get("Do you like this content? Consider helping us!"), Some(Kind::Boilerplate));
        assert_eq!(get("Engineers found corroded cables last year."), Some(Kind::Prose));
        let d = read(t);
        assert_eq!(d.published.as_ref().map(|p| p.0.value.as_str()), Some("2021-03"));
        assert_eq!(d.title.as_deref(), Some("Harbour bridge reopens"));
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let t = "The council met on Tuesday to discuss the budget for the coming\nyear, which has been cut by a fifth since the election.\n\nA second paragraph here.";
        let b = blocks(t);
        assert_eq!(b.len(), 2);
        assert!(t[b[0].clone()].ends_with("election."));
    }

    #[test]
    fn bylines_are_read() {
        let d = read("Storm hits coast\nBy Jane Doe and John Roe\nThe storm hit the coast on Monday. Thousands lost power.");
        assert_eq!(d.byline.as_deref(), Some("Jane Doe and John Roe"));
    }
}

#[cfg(test)]
mod boilerplate_tests {
    use super::*;

    fn kind_of(article: &str, line: &str) -> Option<Kind> {
        let d = read(article);
        d.blocks.iter().find(|b| &d.text[b.range.clone()] == line).map(|b| b.kind)
    }

    /// Each article is prose in its language with junk lines between paragraphs; every junk
    /// line must come out as boilerplate and every prose line as prose.
    fn check(prose: &[&str], junk: &[&str]) {
        let mut article = String::from("Headline of the story\n\n");
        for (i, p) in prose.iter().enumerate() {
            article.push_str(p);
            article.push_str("\n\n");
            if let Some(j) = junk.get(i) {
                article.push_str(j);
                article.push_str("\n\n");
            }
        }
        for j in junk.iter().skip(prose.len()) {
            article.push_str(j);
            article.push_str("\n\n");
        }
        for p in prose {
            assert_eq!(kind_of(&article, p), Some(Kind::Prose), "prose line {p:?}");
        }
        for j in junk {
            assert_eq!(kind_of(&article, j), Some(Kind::Boilerplate), "junk line {j:?}");
        }
    }

    #[test]
    fn english_furniture() {
        check(
            &[
                "The harbour bridge reopened on Monday after eight months of repairs.",
                "Engineers found corroded cables during an inspection last spring, the council said.",
                "You can still expect delays on the ring road until the end of the month, officials warned.",
            ],
            &["Share this article", "Subscribe to our newsletter!", "Home > World > Europe", "Read more", "Photo: Jane Doe/Reuters", "€2,500", "$ 19.99", "12:30", "© 2024 Example Media", "We use cookies to improve your experience. Accept cookies?", "News | Sport | Weather | Travel", "Advertisement"],
        );
    }

    #[test]
    fn german_french_spanish_furniture() {
        check(
            &["Die Hafenbrücke ist am Montag nach acht Monaten Reparatur wieder geöffnet worden.", "Ingenieure hatten im Frühjahr Korrosion an den Seilen entdeckt, teilte die Stadt mit."],
            &["Artikel teilen", "Jetzt Newsletter abonnieren!", "Startseite > Politik > Ausland", "Foto: dpa", "Weiterlesen", "Unterstützen Sie unseren Journalismus!"],
        );
        check(
            &["Le pont du port a rouvert lundi après huit mois de travaux.", "Les ingénieurs avaient découvert des câbles rouillés au printemps, selon la mairie."],
            &["Partager sur Facebook", "Abonnez-vous à notre newsletter !", "Accueil > Monde > Europe", "Crédit : AFP", "Lire la suite", "Soutenez votre journal !"],
        );
        check(
            &["El puente del puerto reabrió el lunes después de ocho meses de obras.", "Los ingenieros descubrieron cables oxidados en primavera, según el ayuntamiento."],
            &["Compartir en Twitter", "¡Suscríbete a nuestro boletín!", "Inicio > Internacional > Europa", "Foto: EFE", "Leer más", "1.500 €"],
        );
    }

    #[test]
    fn italian_portuguese_dutch_russian_furniture() {
        check(
            &["Il ponte del porto è stato riaperto lunedì dopo otto mesi di lavori.", "Gli ingegneri avevano scoperto i cavi corrosi in primavera, ha detto il comune."],
            &["Condividi su Facebook", "Iscriviti alla nostra newsletter!", "Home > Esteri > Europa", "Foto: Ansa"],
        );
        check(
            &["A ponte do porto foi reaberta na segunda-feira depois de oito meses de obras.", "Os engenheiros descobriram cabos corroídos na primavera, disse a prefeitura."],
            &["Compartilhe no Facebook", "Assine a nossa newsletter!", "Início > Mundo > Europa", "Foto: Reuters"],
        );
        check(
            &["De havenbrug is maandag na acht maanden herstelwerk weer opengegaan.", "Ingenieurs ontdekten vorig voorjaar verroeste kabels, zei de gemeente."],
            &["Deel dit artikel", "Abonneer je op onze nieuwsbrief!", "Home > Buitenland > Europa", "Foto: ANP"],
        );
        check(
            &["Мост в порту снова открыли в понедельник после восьми месяцев ремонта.", "Инженеры обнаружили коррозию тросов прошлой весной, сообщили в мэрии."],
            &["Поделиться в соцсетях", "Подпишитесь на нашу рассылку!", "Главная > Мир > Европа", "Фото: ТАСС"],
        );
    }

    #[test]
    fn headlines_with_furniture_words_stay_titles() {
        for title in ["Krispy Kreme shares hit", "Khodorkovsky quits Yukos shares", "Watchdog probes e-mail deletions", "Galloway targets 'New Labour' MP"] {
            let t = format!("{title}\n\nThe company said on Monday that profits had fallen sharply in the last quarter.\n");
            assert_eq!(read(&t).title.as_deref(), Some(title));
        }
        // A call to action on top is still junk, and the headline after it is the title.
        let d = read("Share this\n\nHarbour bridge reopens\n\nThe bridge reopened on Monday after repairs.\n");
        assert_eq!(d.title.as_deref(), Some("Harbour bridge reopens"));
    }

    #[test]
    fn prose_with_furniture_words_stays_prose() {
        let t = "Bridge story\n\nShares in the builder rose 5% after the council said it would read the report and follow its advice.\n\nThe photo agency said its image of the bridge had been shared widely on social media over the weekend.\n";
        assert_eq!(kind_of(t, "Shares in the builder rose 5% after the council said it would read the report and follow its advice."), Some(Kind::Prose));
        assert_eq!(kind_of(t, "The photo agency said its image of the bridge had been shared widely on social media over the weekend."), Some(Kind::Prose));
    }
}
