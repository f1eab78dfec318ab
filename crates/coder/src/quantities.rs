//! Pledged and delivered quantities on events, and trade indicators (filled in by dyad-quantity).

use chrono::NaiveDate;
use dyad_event::{Event, Indicator};
use dyad_lexicon::Lexicon;

use crate::Word;

/// Attach quantities found in the sentence to its 03x/06x/07x events.
pub fn attach(_events: &mut [Event], _text: &str, _words: &[Word]) {}

/// Trade/aid indicator records stated in the sentence.
pub fn indicators(_lex: &Lexicon, _doc: &str, _sentence: u32, _date: NaiveDate, _text: &str, _words: &[Word]) -> Vec<Indicator> {
    Vec::new()
}
