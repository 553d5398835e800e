//! Sentence segmentation suite: the hard cases of news text, in English, German, French,
//! Spanish, Italian, Portuguese, Dutch, Russian, Chinese and Japanese. Every case is written
//! for this project.
//!
//! `s(lang, &[..])` joins the expected sentences with one space and checks that the segmenter
//! returns exactly them (by offsets into the joined text); `t(lang, text, &[..])` gives the text
//! verbatim, for cases where the white space matters.

use nutshell::text::sentences::{Segmenter, Style};

fn run(lang: &str, text: &str) -> Vec<String> {
    let seg = Segmenter::new(text, lang);
    let out = seg.split(0..text.len());
    for r in &out {
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert_eq!(text[r.clone()].trim(), &text[r.clone()], "sentences are trimmed");
    }
    out.into_iter().map(|r| text[r].to_string()).collect()
}

fn s(lang: &str, expected: &[&str]) {
    let text = expected.join(" ");
    assert_eq!(run(lang, &text), expected, "in {lang}: {text:?}");
}

fn t(lang: &str, text: &str, expected: &[&str]) {
    assert_eq!(run(lang, text), expected, "in {lang}: {text:?}");
}

// ---------------------------------------------------------------- English

#[test]
fn en_titles_and_honorifics() {
    s("en", &["Mr. Smith arrived late.", "He left early."]);
    s("en", &["Mrs. Jones and Dr. Patel met Prof. Klein on Monday.", "They talked."]);
    s("en", &["Sen. Warren and Rep. Ocasio-Cortez spoke.", "Gov. Newsom did not."]);
    s("en", &["Gen. Milley testified.", "Lt. Col. Vindman listened."]);
    s("en", &["The Rev. Martin Luther King Jr. spoke in 1963.", "Crowds gathered."]);
    s("en", &["Ms. Ardern resigned.", "Her deputy took over."]);
    s("en", &["St. Louis won the game.", "Fans celebrated."]);
}

#[test]
fn en_company_suffixes() {
    s("en", &["L3Harris Technologies Inc. based in Canada was fined.", "It appealed."]);
    s("en", &["Shares of Apple Inc. rose 3%.", "Microsoft Corp. fell."]);
    s("en", &["He worked for Acme Corp.", "The company later folded."]);
    s("en", &["The deal went to Smith & Co.", "It closed in May."]);
    s("en", &["BHP Group Ltd. said profit rose.", "Rio Tinto Plc. agreed."]);
    s("en", &["It was sold to AT&T.", "Consolidation followed."]);
}

#[test]
fn en_times_and_dates() {
    s("en", &["The vote is at 4 p.m. on Sunday.", "Polls close at 10 p.m."]);
    s("en", &["It opened at 9 a.m.", "The queue was long."]);
    s("en", &["The meeting was on Jan. 5 in Ohio.", "Nobody came."]);
    s("en", &["Sales fell in Sept. 2008 and again in Oct. 2009.", "Then they recovered."]);
    s("en", &["Talks resume on Dec. 12.", "Both sides agreed."]);
    s("en", &["The attack happened on Sept. 11, 2001.", "The world changed."]);
}

#[test]
fn en_numbers_and_decimals() {
    s("en", &["Growth was 3.5% in May.", "Prices fell."]);
    s("en", &["The stock traded at $12.75 on Friday.", "Volume was light."]);
    s("en", &["He is the No. 3 seed.", "She is No. 1."]);
    s("en", &["See Fig. 4 for details.", "It shows the trend."]);
    s("en", &["Inflation hit 10.1 per cent.", "The bank raised rates to 0.75."]);
    s("en", &["Version 2.0.1 was released.", "Users upgraded."]);
    s("en", &["The population is 1,234,567.", "It grew by 0.5% last year."]);
    s("en", &["Prices rose by .5 percent.", "Analysts were surprised."]);
    s("en", &["\"2004 reinforces the trend,\" said the insurer.", "Claims reached $42bn (£21.5bn)."]);
    s("en", &["Claims reached $42bn (£21.5bn).", "\"It was a bad year,\" the insurer said."]);
    s("en", &["The team finished in 5.", "25 players were injured."]);
}

#[test]
fn en_abbreviations_inside_sentences() {
    s("en", &["U.S. officials met U.K. diplomats.", "They issued a statement."]);
    s("en", &["The U.S. Senate passed the bill.", "The House did not."]);
    s("en", &["Fruit, e.g. apples, was cheap.", "Vegetables, i.e. carrots, were not."]);
    s("en", &["They sold books, toys, etc. at the fair.", "It rained."]);
    s("en", &["Bring pens, paper, etc.", "The exam starts at nine."]);
    s("en", &["The case was Smith vs. Jones.", "Smith won."]);
    s("en", &["Smith et al. reported the effect.", "Others did not."]);
    s("en", &["He moved to Washington, D.C. in May.", "He liked it."]);
    s("en", &["She earned a Ph.D. in physics.", "Then she taught."]);
    s("en", &["The summit was held in the U.S.", "The next one is in France."]);
}

#[test]
fn en_initials() {
    s("en", &["J. R. R. Tolkien wrote it.", "It sold well."]);
    s("en", &["George W. Bush visited.", "He left."]);
    s("en", &["The author, E. B. White, died in 1985.", "His books remain popular."]);
    s("en", &["F. Scott Fitzgerald lived there.", "So did others."]);
    s("en", &["They called it Plan B.", "The plan failed."]);
    s("en", &["She needed vitamin D.", "That is what the doctor said."]);
}

#[test]
fn en_quotes() {
    s("en", &["“Why now?” he said.", "Nobody answered."]);
    s("en", &["\"Are you sure?\" asked the judge.", "The lawyer nodded."]);
    s("en", &["“We will win!” she shouted at the rally.", "The crowd cheered."]);
    s("en", &["He said: “It is over.”", "Then he left."]);
    s("en", &["“It is over,” he said.", "Then he left."]);
    s("en", &["\"It is over.\"", "The crowd was silent."]);
    s("en", &["‘Never again,’ she wrote.", "The letter was short."]);
    s("en", &["\"Aren't we clever?\" said the 74-year-old comedian.", "The audience laughed."]);
    s("en", &["She asked, “What happens next?”", "No one knew."]);
    s("en", &["The paper called it “a disaster.”", "The minister disagreed."]);
}

#[test]
fn en_brackets() {
    s("en", &["The firm (founded in 1990) grew fast.", "It now has 500 staff."]);
    s("en", &["The vote passed (see p. 4 for details).", "Critics objected."]);
    s("en", &["He won.", "(The margin was small.)", "Celebrations followed."]);
    s("en", &["Prices rose (by 5%).", "Wages did not."]);
    s("en", &["The agency [UNHCR] said so.", "Others agreed."]);
}

#[test]
fn en_ellipses() {
    s("en", &["He paused... and then continued.", "The room was quiet."]);
    s("en", &["I'm A Celebrity ... Get Me Out Of Here drew record audiences.", "ITV was pleased."]);
    s("en", &["It was over...", "The season had ended."]);
    s("en", &["The answer was… complicated.", "He did not explain."]);
    s("en", &["They waited and waited…", "Then the bus came."]);
}

#[test]
fn en_urls_and_emails() {
    s("en", &["Visit www.example.com for details.", "Tickets are free."]);
    s("en", &["Write to press.office@example.org today.", "Replies take a week."]);
    s("en", &["The report is at https://example.com/report?id=4.", "It is long."]);
    s("en", &["See bbc.co.uk/news.", "More later."]);
    s("en", &["The site example.com/?q=test!now failed.", "Engineers fixed it."]);
    s("en", &["Yahoo!Inc reported losses.", "Shares fell."]);
}

#[test]
fn en_exclamations_and_questions() {
    s("en", &["What happened?", "Nobody knows."]);
    s("en", &["Stop!", "Police!", "Nobody move."]);
    s("en", &["Is it true?!", "Yes."]);
    s("en", &["Who is Sylvia? by Edward Albee won the prize.", "It was a surprise."]);
}

#[test]
fn en_lines_and_lists() {
    t(
        "en",
        "The council met on Tuesday to discuss the budget for\nthe coming year. It was cut.",
        &["The council met on Tuesday to discuss the budget for\nthe coming year.", "It was cut."],
    );
    t(
        "en",
        "The plan has three parts:\n- new roads\n- new schools\n- new hospitals",
        &["The plan has three parts:", "- new roads", "- new schools", "- new hospitals"],
    );
    t("en", "Key points:\n1. Taxes rise\n2. Spending falls", &["Key points:", "1. Taxes rise", "2. Spending falls"]);
    t(
        "en",
        "1. The first reason is cost. 2. The second is time.",
        &["1. The first reason is cost.", "2. The second is time."],
    );
    t("en", "• Rates held\n• Inflation eased", &["• Rates held", "• Inflation eased"]);
    t("en", "a) the budget\nb) the schedule", &["a) the budget", "b) the schedule"]);
    t("en", "Storm hits coast", &["Storm hits coast"]);
    t("en", "  Hello there.  Next one!  ", &["Hello there.", "Next one!"]);
}

#[test]
fn en_tokenized_research_style() {
    let t1 = "the man , 34 , scored in sunday 's derby . police said he left at 5pm . it was late .";
    assert_eq!(Segmenter::new(t1, "en").style(), Style::Tokenized);
    t("en", t1, &["the man , 34 , scored in sunday 's derby .", "police said he left at 5pm .", "it was late ."]);
    t("en", "-lrb- cnn -rrb- -- the u.s. team won . fans cheered , and mr. obama called . '' we won , '' he said . the end .",
        &["-lrb- cnn -rrb- -- the u.s. team won .", "fans cheered , and mr. obama called . ''", "we won , '' he said .", "the end ."]);
    t(
        "en",
        "why did it happen ? nobody knows . the inquiry , which began in may , continues .",
        &["why did it happen ?", "nobody knows .", "the inquiry , which began in may , continues ."],
    );
    t(
        "en",
        "the dow rose 1.5 % on monday . the s&p 500 fell .",
        &["the dow rose 1.5 % on monday .", "the s&p 500 fell ."],
    );
    t(
        "en",
        "he wrote that ' it is over . ' Paul Merson replied . 'When I 'm wrong , I say so . '",
        &["he wrote that ' it is over . '", "Paul Merson replied .", "'When I 'm wrong , I say so . '"],
    );
    assert_eq!(Segmenter::new("The man, 34, scored. Police said he left.", "en").style(), Style::Prose);
}

// ---------------------------------------------------------------- German

#[test]
fn de_cases() {
    s("de", &["Die Sitzung findet am 3. Oktober statt.", "Alle sind eingeladen."]);
    s("de", &["Er kam z.B. zu spät.", "Das war neu."]);
    s("de", &["Dr. Müller und Prof. Schmidt sprachen.", "Frau Weber schwieg."]);
    s("de", &["Es gab Äpfel, Birnen usw. auf dem Markt.", "Es regnete."]);
    s("de", &["Die Firma hat ca. 300 Mitarbeiter.", "Sie wächst."]);
    s("de", &["Das Gesetz tritt am 1. Januar 2025 in Kraft.", "Die Opposition klagt."]);
    s("de", &["Er wurde im 20. Jahrhundert geboren.", "Er starb 2001."]);
    s("de", &["Der Umsatz stieg um 3,5 Prozent.", "Der Gewinn sank."]);
    s("de", &["„Warum jetzt?“, fragte sie.", "Niemand antwortete."]);
    s("de", &["Siehe Nr. 5 der Liste.", "Sie ist kurz."]);
    s("de", &["Die Siemens AG meldete Gewinne.", "Die Aktie stieg."]);
    s("de", &["Er wohnt in der Hauptstr. 5 in Berlin.", "Sie wohnt nebenan."]);
    s("de", &["Das gilt bzw. galt bis gestern.", "Heute nicht mehr."]);
    s("de", &["Die Inflation lag im Jahr 2024 bei 2,2 Prozent.", "Die Preise stiegen."]);
    s("de", &["Wer hat das gesagt?", "Der Kanzler."]);
    s("de", &["Angela Merkel traf u.a. den Präsidenten.", "Das Treffen dauerte lange."]);
}

// ---------------------------------------------------------------- French

#[test]
fn fr_cases() {
    s("fr", &["M. Macron a parlé lundi.", "Mme Borne a répondu."]);
    s("fr", &["« Pourquoi maintenant ? » a-t-il demandé.", "Personne n'a répondu."]);
    s("fr", &["« C'est fini. »", "La salle s'est tue."]);
    s("fr", &["Il a cité des exemples, cf. le rapport.", "Le débat continue."]);
    s("fr", &["La croissance a atteint 3,5 % en mai.", "Les prix ont baissé."]);
    s("fr", &["Il y avait des pommes, des poires, etc. au marché.", "Il pleuvait."]);
    s("fr", &["Le Dr Martin est arrivé.", "Il était en retard."]);
    s("fr", &["Mgr Aupetit a démissionné.", "Le pape a accepté."]);
    s("fr", &["Que va-t-il se passer ?", "Nul ne le sait."]);
    s("fr", &["Attention !", "Le pont est fermé."]);
    s("fr", &["L'entreprise compte env. 200 salariés.", "Elle recrute."]);
    s("fr", &["Voir le p. 12 du rapport.", "Il est long."]);
    s("fr", &["Le sommet aura lieu aux É.-U. en juin.", "La France participera."]);
    s("fr", &["Jean-Pierre Raffarin était là.", "Il est reparti."]);
    s("fr", &["Il est parti… puis il est revenu.", "On ne sait pas pourquoi."]);
}

// ---------------------------------------------------------------- Spanish

#[test]
fn es_cases() {
    s("es", &["El Sr. García llegó tarde.", "La Sra. López no."]);
    s("es", &["¿Qué pasó?", "Nadie lo sabe."]);
    s("es", &["¡Basta ya!", "El público aplaudió."]);
    s("es", &["«¿Por qué ahora?», preguntó ella.", "Nadie respondió."]);
    s("es", &["El PIB creció un 3,5 % en mayo.", "Los precios bajaron."]);
    s("es", &["Había frutas, verduras, etc. en el mercado.", "Llovía."]);
    s("es", &["La Dra. Pérez habló con EE.UU. ayer.", "El acuerdo avanza."]);
    s("es", &["Vive en la Avda. de la Constitución.", "Es céntrica."]);
    s("es", &["La empresa tiene aprox. 300 empleados.", "Crece."]);
    s("es", &["Ver el art. 5 de la ley.", "Es claro."]);
    s("es", &["J. L. Rodríguez Zapatero ganó en 2004.", "Gobernó ocho años."]);
    s("es", &["El Real Madrid ganó 3-1.", "El Barcelona perdió."]);
}

// ---------------------------------------------------------------- Italian

#[test]
fn it_cases() {
    s("it", &["Il Sig. Rossi è arrivato.", "La Sig.ra Bianchi no."]);
    s("it", &["Il Dott. Verdi e il Prof. Neri hanno parlato.", "Nessuno ha risposto."]);
    s("it", &["C'erano mele, pere ecc. al mercato.", "Pioveva."]);
    s("it", &["Il PIL è cresciuto del 3,5% a maggio.", "I prezzi sono scesi."]);
    s("it", &["«Perché adesso?» ha chiesto.", "Nessuno ha risposto."]);
    s("it", &["Chi lo sa?", "Nessuno."]);
    s("it", &["L'azienda Fiat S.p.A. ha annunciato utili.", "Le azioni sono salite."]);
    s("it", &["Vedi pag. 12 del rapporto.", "È lungo."]);
    s("it", &["L'Avv. Conte ha giurato.", "Il governo è nato."]);
    s("it", &["L'on. Meloni ha parlato alla Camera.", "L'opposizione ha protestato."]);
}

// ---------------------------------------------------------------- Portuguese

#[test]
fn pt_cases() {
    s("pt", &["O Sr. Silva chegou tarde.", "A Sra. Costa não."]);
    s("pt", &["O PIB cresceu 3,5% em maio.", "Os preços caíram."]);
    s("pt", &["Havia frutas, legumes etc. na feira.", "Chovia."]);
    s("pt", &["“Por que agora?”, perguntou ela.", "Ninguém respondeu."]);
    s("pt", &["O Dr. Souza falou com a Profa. Lima.", "Foi breve."]);
    s("pt", &["Veja a pág. 10 do relatório.", "É longo."]);
    s("pt", &["A empresa Vale S.A. lucrou.", "As ações subiram."]);
    s("pt", &["O que aconteceu?", "Ninguém sabe."]);
    s("pt", &["Ele mora na Av. Paulista.", "Ela mora perto."]);
    s("pt", &["Lula venceu em 2022.", "Bolsonaro perdeu."]);
}

// ---------------------------------------------------------------- Dutch

#[test]
fn nl_cases() {
    s("nl", &["Dhr. Jansen kwam te laat.", "Mevr. de Vries niet."]);
    s("nl", &["Er waren appels, peren enz. op de markt.", "Het regende."]);
    s("nl", &["Hij kwam bijv. te laat.", "Dat was nieuw."]);
    s("nl", &["De groei was 3,5 procent in mei.", "De prijzen daalden."]);
    s("nl", &["Wat is er gebeurd?", "Niemand weet het."]);
    s("nl", &["Prof. dr. Bakker sprak.", "Iedereen luisterde."]);
    s("nl", &["Het bedrijf heeft ca. 300 werknemers.", "Het groeit."]);
    s("nl", &["Zie blz. 12 van het rapport.", "Het is lang."]);
    s("nl", &["Philips N.V. meldde winst.", "Het aandeel steeg."]);
    s("nl", &["„Waarom nu?” vroeg zij.", "Niemand antwoordde."]);
}

// ---------------------------------------------------------------- Russian

#[test]
fn ru_cases() {
    s("ru", &["В. В. Путин выступил в понедельник.", "Зал аплодировал."]);
    s("ru", &["Рост составил 3,5% в мае.", "Цены упали."]);
    s("ru", &["Там были яблоки, груши и т.д. на рынке.", "Шёл дождь."]);
    s("ru", &["Это было в 2020 г. в Москве.", "Все помнят."]);
    s("ru", &["Что случилось?", "Никто не знает."]);
    s("ru", &["«Почему сейчас?» — спросила она.", "Никто не ответил."]);
    s("ru", &["Он живёт на ул. Тверской.", "Она живёт рядом."]);
    s("ru", &["Компания наняла ок. 300 сотрудников, т. е. больше, чем ожидалось.", "Акции выросли."]);
    s("ru", &["Проф. Иванов выступил с докладом.", "Вопросов не было."]);
    s("ru", &["Бюджет составил 5 млрд. руб. в этом году.", "Это рекорд."]);
    s("ru", &["См. рис. 3 в приложении.", "Он подробный."]);
    s("ru", &["А. С. Пушкин родился в Москве.", "Он был поэтом."]);
}

// ---------------------------------------------------------------- Chinese

#[test]
fn zh_cases() {
    t("zh", "政府周一宣布了新政策。市场反应积极。", &["政府周一宣布了新政策。", "市场反应积极。"]);
    t("zh", "这是真的吗？没有人知道。", &["这是真的吗？", "没有人知道。"]);
    t("zh", "太好了！大家都很高兴。", &["太好了！", "大家都很高兴。"]);
    t("zh", "“为什么是现在？”他说。没有人回答。", &["“为什么是现在？”他说。", "没有人回答。"]);
    t("zh", "经济增长了3.5%。物价下降。", &["经济增长了3.5%。", "物价下降。"]);
    t("zh", "他说：“我们会赢。”大家欢呼。", &["他说：“我们会赢。”", "大家欢呼。"]);
    t("zh", "访问www.example.com了解详情。门票免费。", &["访问www.example.com了解详情。", "门票免费。"]);
    t(
        "zh",
        "美国总统拜登（Joe Biden）周一抵达。他将停留两天。",
        &["美国总统拜登（Joe Biden）周一抵达。", "他将停留两天。"],
    );
}

// ---------------------------------------------------------------- Japanese

#[test]
fn ja_cases() {
    t(
        "ja",
        "政府は月曜日に新しい政策を発表した。市場は好意的に反応した。",
        &["政府は月曜日に新しい政策を発表した。", "市場は好意的に反応した。"],
    );
    t("ja", "本当ですか？誰も知らない。", &["本当ですか？", "誰も知らない。"]);
    t(
        "ja",
        "「なぜ今なのか？」と彼は言った。誰も答えなかった。",
        &["「なぜ今なのか？」と彼は言った。", "誰も答えなかった。"],
    );
    t("ja", "「勝つ。」と首相は述べた。拍手が起きた。", &["「勝つ。」と首相は述べた。", "拍手が起きた。"]);
    t("ja", "成長率は3.5%だった。物価は下がった。", &["成長率は3.5%だった。", "物価は下がった。"]);
    t("ja", "すごい！みんな喜んだ。", &["すごい！", "みんな喜んだ。"]);
    t("ja", "詳しくはwww.example.jpへ。入場無料。", &["詳しくはwww.example.jpへ。", "入場無料。"]);
    t(
        "ja",
        "トヨタ自動車（本社・愛知県）は発表した。株価は上がった。",
        &["トヨタ自動車（本社・愛知県）は発表した。", "株価は上がった。"],
    );
}

// ---------------------------------------------------------------- Any language

#[test]
fn offsets_into_the_whole_text() {
    let text = "Title line\n\nFirst sentence here. Second one!";
    let start = text.find("First").unwrap();
    let seg = Segmenter::new(text, "en");
    let got = seg.split(start..text.len());
    assert_eq!(got, vec![start..start + 20, start + 21..text.len()]);
    // Ranges off char boundaries or past the end are clamped, not a panic.
    let z = "Zoë ging. Er kam.";
    let seg = Segmenter::new(z, "de");
    assert!(seg.split(3..999).iter().all(|r| z.is_char_boundary(r.start) && z.is_char_boundary(r.end)));
    #[allow(clippy::reversed_empty_ranges)] // a reversed range is the input under test
    let reversed = 5..2;
    assert!(seg.split(reversed).is_empty());
}

#[test]
fn count_of_cases() {
    // Keep the suite honest about its size: the issue asks for at least 150 cases.
    let src = include_str!("segmentation.rs");
    let cases =
        src.lines().filter(|l| l.trim_start().starts_with("s(\"") || l.trim_start().starts_with("t(\"")).count();
    assert!(cases >= 150, "only {cases} cases");
}

// ---------------------------------------------------------------- Issue 13: abbreviations before names, lists, ellipses, citations

#[test]
fn abbreviation_then_capitalized_name() {
    // A clock abbreviation ends the sentence before a name or a title; a title never ends one.
    s("en", &["The talks ended at 3 p.m.", "Ms. Okafor then left."]);
    s("en", &["The polls closed at 8 p.m.", "Officials began counting at once."]);
    s("en", &["The vote is at 4 p.m. Sunday in the main hall.", "Doors open early."]);
    s("en", &["The statement came at 9 a.m. ET on Friday.", "Markets barely moved."]);
    s("en", &["The market opened at 9:30 a.m. Eastern time.", "Trading was thin."]);
    s("en", &["The deal was signed by Acme Corp.", "Mr. Ruiz called it a good day."]);
    s("en", &["Shares of Apple Inc. Chief Executive Tim Cook rose.", "Others fell."]);
    s("en", &["It was founded by Martin Luther King Jr.", "Dr. Abernathy joined him."]);
    s("en", &["U.S. Sen. Elizabeth Warren spoke first.", "U.S. Rep. Jim Jordan followed."]);
    s("en", &["They bought pens, paper, etc.", "Mrs. Hale paid for all of it."]);
    s("de", &["Die Sitzung endete um 15 Uhr.", "Dr. Weber verließ den Saal."]);
    s("de", &["Es gab Brot, Käse usw.", "Frau Roth bezahlte alles."]);
    s("fr", &["La réunion s'est tenue chez Renault etc.", "M. Dupont est parti ensuite."]);
    s("es", &["Compraron pan, queso, etc.", "El Sr. Gómez pagó la cuenta."]);
}

#[test]
fn honorific_chains_before_a_name() {
    // A chain of titles of address is one name: "the Rt. Hon.", "Lt. Col.", "Msgr.", "Fr.".
    s("en", &["Prime Minister Dr the Rt. Hon. Ada Grant opened the session.", "She spoke for an hour."]);
    s("en", &["Lt. Col. Omar Reyes and Sgt. Maj. Lee Park led the parade.", "Crowds lined the route."]);
    s("en", &["The mass was said by Msgr. Paul Dunne and Fr. Liam Walsh.", "The church was full."]);
    s("en", &["Amb. Nora Field met Cllr. Tom Hart at noon.", "They discussed the port."]);
    s("en", &["Det. Supt. Jane Moss and Insp. Raj Gill gave evidence.", "The hearing resumed later."]);
}

#[test]
fn initialisms_and_product_names() {
    s("en", &["The F.B.I. Director testified on Monday.", "Senators asked about the budget."]);
    s("en", &["He joined the F.B.I.", "The bureau later promoted him."]);
    s("en", &["The A.I. model was released by OpenAI.", "Critics were unimpressed."]);
    s("en", &["The firm moved its code to Node.js last year.", "Costs fell."]);
    s("en", &["Shares of Amazon.com rose.", "E.ON fell."]);
    s("en", &["It runs Mac OS X 10.15 and Web 2.0 tools.", "Upgrades are planned."]);
    s("en", &["The U.S.S. Enterprise sailed at dawn.", "Crowds watched."]);
    s("de", &["Die E.ON SE meldete Verluste.", "Die Aktie fiel."]);
    s("fr", &["La S.N.C.F. a annoncé une grève.", "Les trains resteront à quai."]);
    s("es", &["La O.N.U. aprobó la resolución.", "EE.UU. se abstuvo."]);
}

#[test]
fn inline_numbered_and_lettered_lists() {
    s("en", &["The plan has three aims: 1. Cut costs 2. Raise revenue 3. Hire staff.", "It starts in May."]);
    s("en", &["The reasons were 1. cost and 2. time.", "Both were fixed."]);
    s("en", &["Reasons: 1. The first reason is cost.", "2. The second is time."]);
    s("en", &["Options: A. Keep the depot B. Sell it C. Lease it.", "The board chose B."]);
    s("en", &["The team finished in 5.", "25 players were injured."]);
    s("en", &["He finished 2.", "Then he retired."]);
    s(
        "de",
        &[
            "Der Plan hat drei Ziele: 1. Kosten senken 2. Einnahmen erhöhen 3. Personal einstellen.",
            "Er beginnt im Mai.",
        ],
    );
    s("fr", &["Le plan a trois objectifs : 1. Réduire les coûts 2. Augmenter les recettes.", "Il commence en mai."]);
    s("es", &["El plan tiene tres metas: 1. Bajar costes 2. Subir ingresos.", "Empieza en mayo."]);
}

#[test]
fn spaced_ellipses() {
    s("en", &["He said it was . . . complicated.", "Nobody asked again."]);
    s("en", &["The season was over . . .", "The players went home."]);
    s("en", &["It ended . . . .", "Mary went home."]);
    t("en", "It ended. . . . The players went home.", &["It ended. . . .", "The players went home."]);
    s("en", &["\"We will . . . well, we might,\" he said.", "The room laughed."]);
    s("de", &["Er sagte, es sei . . . schwierig.", "Niemand fragte nach."]);
    s("fr", &["Il a dit que c'était . . . compliqué.", "Personne n'a insisté."]);
    s("es", &["Dijo que era . . . complicado.", "Nadie preguntó más."]);
}

#[test]
fn parenthetical_citations() {
    s("en", &["Growth slowed sharply (Doe et al., 2019).", "Prices fell."]);
    s("en", &["The effect was small (Doe et al. 2019; Roe 2020, p. 12).", "Others disagree."]);
    s("en", &["The claim is old (cf. Doe 2004, ch. 3).", "It was tested later."]);
    s("en", &["The effect held in every region (see Fig. 2 and Table 3).", "It was strongest in the south."]);
    s("en", &["Prices fell.[3]", "Wages rose.[4][5]", "Rents did not."]);
    s("de", &["Die Wirkung war gering (vgl. Müller 2019, S. 12).", "Andere widersprechen."]);
    s("fr", &["L'effet était faible (cf. Dupont et al., 2019, p. 4).", "D'autres le contestent."]);
    s("es", &["El efecto fue pequeño (véase Pérez et al., 2019, pág. 5).", "Otros discrepan."]);
}
