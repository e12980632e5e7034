//! What the core build hands to the full build when the person first opens an on-demand tool
//! (分享海报, 嵌入代码, 我的方案, 方案对比, 演示模式; see `app::lazy`). Pure, tested natively.
//!
//! The scenario and language already travel in the address (`#hash`); this carries the rest of
//! what must not be lost: the text typed into each field (valid or not), the preset marker, the
//! scroll position and the control the person used, so the full build can show the same page
//! and then do what that control does.

use super::{Action, State};
use crate::model::Field;

/// First string of the encoded form (a newer core build may hand over a newer form).
const TAG: &str = "tuike-handoff/1";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Handoff {
    /// `id` of the control to activate once the full build is up.
    pub click: String,
    /// `(id, value)` of text inputs to fill first (the name typed into 保存).
    pub fill: Vec<(String, String)>,
    /// The preset last applied, while the scenario still is that preset's.
    pub preset: Option<String>,
    /// `(field key, text)` of every field the person edited, in `Field::all` order.
    pub drafts: Vec<(String, String)>,
    /// Vertical scroll position of the page, CSS px.
    pub scroll_y: f64,
    /// Where the control was in the viewport (its top, CSS px), so the full build can put it
    /// back under the person's finger even where the page above it is laid out differently.
    pub control_top: Option<f64>,
}

impl Handoff {
    /// Capture what `state` holds beyond its address.
    pub fn capture(
        state: &State,
        click: &str,
        fill: Vec<(String, String)>,
        scroll_y: f64,
        control_top: Option<f64>,
    ) -> Handoff {
        let drafts = Field::all()
            .filter_map(|f| state.drafts.get(&f).map(|d| (f.key(), d.text.clone())))
            .collect();
        Handoff {
            click: click.to_string(),
            fill,
            preset: state.preset.map(str::to_string),
            drafts,
            scroll_y: if scroll_y.is_finite() { scroll_y } else { 0.0 },
            control_top: control_top.filter(|t| t.is_finite()),
        }
    }

    /// A flat list of strings (what crosses from one wasm module to the other).
    pub fn to_strings(&self) -> Vec<String> {
        let mut v = vec![
            TAG.to_string(),
            self.click.clone(),
            self.preset.clone().unwrap_or_default(),
            self.scroll_y.to_string(),
            self.control_top.map(|t| t.to_string()).unwrap_or_default(),
            self.fill.len().to_string(),
        ];
        for (a, b) in self.fill.iter().chain(&self.drafts) {
            v.push(a.clone());
            v.push(b.clone());
        }
        v
    }

    /// The inverse of [`Handoff::to_strings`]; `None` for anything else.
    pub fn from_strings(v: &[String]) -> Option<Handoff> {
        let (head, rest) = (v.get(..6)?, v.get(6..)?);
        if head[0] != TAG || rest.len() % 2 != 0 {
            return None;
        }
        let n_fill: usize = head[5].parse().ok()?;
        let finite = |s: &str| s.parse::<f64>().ok().filter(|y| y.is_finite());
        let scroll_y = finite(&head[3])?;
        let control_top = match head[4].as_str() {
            "" => None,
            t => Some(finite(t)?),
        };
        let pairs: Vec<(String, String)> = rest
            .chunks_exact(2)
            .map(|p| (p[0].clone(), p[1].clone()))
            .collect();
        if n_fill > pairs.len() {
            return None;
        }
        let (fill, drafts) = pairs.split_at(n_fill);
        Some(Handoff {
            click: head[1].clone(),
            fill: fill.to_vec(),
            preset: (!head[2].is_empty()).then(|| head[2].clone()),
            drafts: drafts.to_vec(),
            scroll_y,
            control_top,
        })
    }

    /// Re-apply the preset marker and the typed text to the full build's first state (already
    /// holding the address's scenario and language). Unknown field keys are skipped.
    pub fn resume(&self, mut s: State) -> State {
        if let Some(id) = &self.preset {
            s = s.apply(Action::ApplyPreset(id.clone()));
        }
        for (key, text) in &self.drafts {
            if let Some(f) = Field::from_key(key) {
                s = s.apply(Action::Edit(f, text.clone()));
            }
        }
        s
    }
}
