//! The culture bank (文化银行): households earn points for what the
//! village's rules reward, lose points for what they punish, and exchange
//! points for goods in the village's shop. Village staff keep the accounts
//! in the console (`staff/bank.rs`); households open theirs with a number
//! and code like a tracking number's; the rules and honour boards are public.

pub mod api;
pub mod forms;
pub mod ledger;
pub mod rules;

pub use ledger::{Bank, BankError};
pub use rules::{BankRules, RulesError};

use crate::{case::now, edge::ClientAddr, AppState};
use domain::{
    bank::{Account, Boards, Rules},
    Lang,
};

impl app::bank::BankStore for AppState {
    fn rules(&self, lang: Lang) -> Rules {
        self.bank.rules.view(lang)
    }

    fn boards(&self, lang: Lang) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Boards>> + Send + '_>> {
        Box::pin(async move { self.bank.boards(lang, now()).await.ok() })
    }

    fn account<'a>(
        &'a self,
        no: &'a str,
        code: &'a str,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Account>> + Send + 'a>> {
        Box::pin(async move {
            let no = crate::track::authorise_account(self, ClientAddr::of_page(self), no, code).await.ok()?;
            self.bank.account(&no, lang).await.ok()
        })
    }

    fn form_key(&self) -> String {
        format!("redeem-{}", &crate::case::codes::new_secret()[..32])
    }
}
