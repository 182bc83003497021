//! Two checks on Tibetan spelling that need no dictionary: the shape of each
//! syllable, and the genitive and instrumental particles after it.

/// Tibetan letters (consonants, vowel signs, subjoined consonants); tsheg,
/// shad, digits and spaces fall outside and end a syllable.
pub fn is_letter(c: char) -> bool {
    ('\u{0F40}'..='\u{0FBC}').contains(&c)
}

fn is_base(c: char) -> bool {
    ('\u{0F40}'..='\u{0F6C}').contains(&c)
}

fn is_subjoined(c: char) -> bool {
    ('\u{0F8D}'..='\u{0FBC}').contains(&c)
}

fn is_vowel_sign(c: char) -> bool {
    ('\u{0F71}'..='\u{0F87}').contains(&c)
}

const PREFIXES: [char; 5] = ['ག', 'ད', 'བ', 'མ', 'འ'];
const SUFFIXES: [char; 10] = ['ག', 'ང', 'ད', 'ན', 'བ', 'མ', 'འ', 'ར', 'ལ', 'ས'];

/// The syllables of a text: runs of Tibetan letters.
pub fn syllables(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_letter(c)).filter(|s| !s.is_empty())
}

/// Whether a syllable has a shape Tibetan spelling allows: an optional
/// prefix, a root stack (a consonant with up to three subjoined ones), vowel
/// signs, up to two suffixes, and the endings འི འུ འོ འམ འང. It does not
/// know which stacks exist, but it catches the broken sequences machine
/// drafting produces (a vowel with no consonant, a stray subjoined letter,
/// letters run together).
pub fn is_valid_syllable(syllable: &str) -> bool {
    let letters: Vec<char> = syllable.chars().collect();
    // With or without a prefix: `དག` is prefix + root or root + suffix.
    (0..=1).any(|skip| {
        if skip == 1 && !(letters.len() > 1 && PREFIXES.contains(&letters[0]) && is_base(letters[1])) {
            return false;
        }
        valid_after_prefix(&letters[skip..])
    })
}

fn valid_after_prefix(letters: &[char]) -> bool {
    let mut i = 0;
    if !letters.first().is_some_and(|c| is_base(*c)) {
        return false;
    }
    i += 1;
    let stack_start = i;
    while i < letters.len() && is_subjoined(letters[i]) {
        i += 1;
    }
    if i - stack_start > 3 {
        return false;
    }
    let vowels_start = i;
    while i < letters.len() && is_vowel_sign(letters[i]) {
        i += 1;
    }
    if i - vowels_start > 3 {
        return false;
    }
    let rest = &letters[i..];
    let ending = |r: &[char]| matches!(r, [] | ['འ', 'ི' | 'ུ' | 'ོ'] | ['འ', 'མ' | 'ང'] | ['འ', 'ི', 'ས']);
    match rest {
        [] => true,
        [s, more @ ..] if SUFFIXES.contains(s) => {
            ending(more) || matches!(more, ['ད' | 'ས']) || (*s == 'འ' && ending(rest))
        }
        _ => false,
    }
}

/// The genitive and instrumental particles, which take their first letter
/// from the syllable before them. གྱིས is left out: it is also the
/// imperative "do!" (ཉར་ཚགས་གྱིས), which never changes.
const PARTICLES: [&str; 5] = ["ཀྱི", "གྱི", "གི", "ཀྱིས", "གིས"];

/// What a particle should start with after `previous`, or `None` when the
/// syllable before ends in a vowel or འ (then the particle is འི / ཡི / ས,
/// and any of the six is wrong).
fn particle_after(previous: &str) -> Option<&'static str> {
    match previous.chars().last()? {
        'ག' | 'ང' if previous.chars().count() > 1 => Some("གི"),
        'ད' | 'བ' | 'ས' if previous.chars().count() > 1 => Some("ཀྱི"),
        'ན' | 'མ' | 'ར' | 'ལ' if previous.chars().count() > 1 => Some("གྱི"),
        _ => None,
    }
}

/// Particles that disagree with the syllable before them, as
/// `(previous, particle)`; and how many were checked.
pub fn particle_mistakes(text: &str) -> (usize, Vec<(String, String)>) {
    let mut checked = 0;
    let mut wrong = Vec::new();
    // Only syllables joined by a tsheg: a particle after a digit or a link
    // is not judged.
    for word in text.split(|c: char| !(is_letter(c) || c == '\u{0F0B}')) {
        let parts: Vec<&str> = word.split('\u{0F0B}').filter(|s| !s.is_empty()).collect();
        for pair in parts.windows(2) {
            let (previous, particle) = (pair[0], pair[1]);
            // ཡ་གི, མ་གི, ཕ་གི ("up there", "down there", "over there") are
            // words, not a syllable and its genitive.
            if !PARTICLES.contains(&particle) || (particle == "གི" && ["ཡ", "མ", "ཕ"].contains(&previous)) {
                continue;
            }
            checked += 1;
            let ok = particle_after(previous).is_some_and(|start| particle.starts_with(start));
            if !ok {
                wrong.push((previous.to_owned(), particle.to_owned()));
            }
        }
    }
    (checked, wrong)
}

/// Places that break `content/guide/README.md`'s Tibetan conventions:
/// Tibetan digits (numbers are Arabic digits), an article reference not
/// written `དོན་ཚན་ N པ`, a Markdown link glued to the next syllable.
pub fn convention_breaks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(digits) = text.split(|c: char| !('\u{0F20}'..='\u{0F29}').contains(&c)).find(|s| !s.is_empty()) {
        out.push(format!("Tibetan digits {digits}"));
    }
    const ARTICLE: &str = "དོན་ཚན་";
    for (at, _) in text.match_indices(ARTICLE) {
        let rest = &text[at + ARTICLE.len()..];
        let number = rest.strip_prefix(' ').map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
        // `དོན་ཚན་དེ་ཉིད` ("that same article") refers back without a number.
        let well_written =
            number.is_some_and(|r| r.len() < rest.len() - 1 && r.starts_with(" པ")) || rest.starts_with("དེ་");
        if !well_written {
            out.push(format!("{ARTICLE}{}", rest.chars().take(8).collect::<String>()));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, pair) in chars.windows(2).enumerate() {
        // `)` ends a link's address; the link text ends with `]`.
        if pair[0] == ')' && is_letter(pair[1]) && text.contains("](") {
            let before: String = chars[i.saturating_sub(12)..=i + 1].iter().collect();
            out.push(format!("link glued: {before}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_syllables_pass() {
        for s in ["ཁྲིམས", "བསྐྱེད", "དགའ", "འགྲོ", "ཀ", "རོགས", "བའི", "ཁང", "ཀྲུང", "ཧྭ", "མཐོ", "ཡིན", "པའོ"]
        {
            assert!(is_valid_syllable(s), "{s}");
        }
    }

    #[test]
    fn broken_syllables_fail() {
        // A vowel with no consonant, a stray subjoined letter, two roots run
        // together with vowels on both.
        for s in ["ི", "ྱཀ", "ཁྲིམསལུགས", "ཀིཀི", "ཀཀཀཀ"] {
            assert!(!is_valid_syllable(s), "{s}");
        }
    }

    #[test]
    fn particles_follow_the_syllable_before() {
        let (checked, wrong) = particle_mistakes("ནས་གྲོང་རྡལ་གི་མི། ཁང་གི་ སློབ་གྲྭའི་ རྒྱལ་ཁབ་ཀྱི་ ཁོ་གིས་ ཡ་གི་ཁྱིམ་");
        assert_eq!(checked, 4);
        assert_eq!(wrong, [("རྡལ".to_owned(), "གི".to_owned()), ("ཁོ".to_owned(), "གིས".to_owned())]);
    }

    #[test]
    fn conventions_catch_digits_article_words_and_glued_links() {
        assert!(convention_breaks("དོན་ཚན་ 76 པ། དོན་ཚན་དེ་ཉིད་ནང་ [ཁྲིམས](/guide/legal-aid) ལ་ 12348").is_empty());
        let found = convention_breaks("དོན་ཚན་ཉེར་ལྔ་པ། ༡༢༣ [ཁྲིམས](/guide/legal-aid)ལ་");
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("༡༢༣") && found[1].contains("ཉེར") && found[2].starts_with("link glued"));
    }
}
