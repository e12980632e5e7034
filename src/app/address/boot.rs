//! What the page's address asks for when the app starts: the scenario in the `#hash` and the view
//! options in the `?query` (embed mode, theme, panels, fixed channel).

use crate::share::url::{decode, Decoded};
use crate::share::view::{decode_view, Panel, ThemeOpt, ViewOptions};
use crate::share::Ignored;
use crate::state::{Action, State, Theme};

/// What the page's address asks for when the app starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boot {
    /// The scenario of the `#hash`, when it holds one.
    pub decoded: Option<Decoded>,
    /// The `?query` view options (panels, title and lock only apply in embed mode).
    pub view: ViewOptions,
}

/// Whether a fragment is scenario state (`key=value…`) rather than an in-page anchor (`#calc`).
pub(super) fn is_state(hash: &str) -> bool {
    hash.contains('=')
}

impl Boot {
    /// Read `location.hash` and `location.search` (the build-time render has no address: the
    /// default page).
    pub fn read() -> Boot {
        if !cfg!(target_arch = "wasm32") {
            return Boot::default();
        }
        let loc = gloo::utils::window().location();
        let hash = loc.hash().unwrap_or_default();
        let hash = hash.trim_start_matches('#');
        let mut view = decode_view(&loc.search().unwrap_or_default());
        if !view.embed {
            view = ViewOptions {
                theme: view.theme,
                ..ViewOptions::default()
            };
        }
        Boot {
            decoded: is_state(hash).then(|| decode(hash)),
            view,
        }
    }

    /// The first state: defaults, then the link's scenario and language, then the view's
    /// theme (an embed is light unless it asks for `theme=dark` or `theme=auto`: a blog page is
    /// white whatever its reader's system says) and fixed channel.
    pub fn state(&self) -> State {
        let mut s = State::default();
        if let Some(d) = &self.decoded {
            s = s.apply(Action::Load(Box::new(d.scenario.clone())));
            if let Some(l) = d.lang {
                s = s.apply(Action::SetLang(l));
            }
        }
        s.theme = match self.view.theme {
            Some(ThemeOpt::Light) => Theme::Light,
            Some(ThemeOpt::Dark) => Theme::Dark,
            Some(ThemeOpt::Auto) => Theme::Auto,
            None if self.view.embed => Theme::Light,
            None => s.theme,
        };
        if self.view.lock_channel {
            s.lock_channel = Some(s.scenario.channel);
        }
        s
    }

    /// The values of the link that were not used.
    pub fn ignored(&self) -> Vec<Ignored> {
        self.decoded
            .as_ref()
            .map(|d| d.ignored.clone())
            .unwrap_or_default()
    }

    pub fn embed(&self) -> bool {
        self.view.embed
    }

    /// Whether a section is shown (all are outside embed mode; [`ViewOptions::shows`]).
    pub fn shows(&self, p: Panel) -> bool {
        self.view.shows(p)
    }
}
