//! Domain types and validation shared by the browser (`app`) and the server.
//!
//! Only serde here: no UI, no database, so both sides check input with the
//! same code and the wasm bundle stays small.

/// An enum whose variants have fixed ids (in URLs, forms, content files
/// and the database) that serde uses too: `as_str`, `parse` and `ALL`.
macro_rules! named_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id in URLs, forms, content files and the database.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }
    };
}

pub mod appeal;
pub mod bank;
pub mod chat;
pub mod form;
pub mod guide;
pub mod lang;
pub mod mediator;
pub mod paths;
pub mod review;
pub mod staff;
pub mod stats;
pub mod time;
pub mod volunteer;

pub use lang::Lang;
