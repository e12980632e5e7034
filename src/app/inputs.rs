//! The inputs column: the three first-screen things (followers, channel, commission) and the
//! 高级假设 panel grouped by topic.

use super::fields::{number_field, Look};
use super::store::{use_dispatch, Dispatch};
use super::ui::use_details_open;
use super::workshop::presets_bar;
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{ChannelField, ChannelId, Field, Group, PersonField};
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// The fields shown on the first screen for a channel.
pub fn first_screen_fields(ch: ChannelId) -> Vec<Field> {
    let mut v = vec![
        Field::Person(PersonField::Followers),
        Field::Channel(ch, ChannelField::CommissionRate),
    ];
    if Field::Channel(ch, ChannelField::Coupon).applicable() && ch != ChannelId::Wxshop {
        v.push(Field::Channel(ch, ChannelField::Coupon));
    }
    v
}

fn group_title(g: Group, l: Lang) -> &'static str {
    match g {
        Group::Audience => t(l, Key::GroupAudience),
        Group::Funnel => t(l, Key::GroupFunnel),
        Group::Money => t(l, Key::GroupMoney),
        Group::Attribution => t(l, Key::GroupAttribution),
        Group::Donation => t(l, Key::GroupDonation),
        Group::Maturity => t(l, Key::GroupMaturity),
        Group::Network => t(l, Key::GroupNetwork),
        Group::Costs => t(l, Key::GroupCosts),
        Group::Time => t(l, Key::GroupTime),
        Group::Simulation => t(l, Key::GroupSimulation),
        Group::Trial => t(l, Key::GroupTrial),
    }
}

const GROUPS: [Group; 10] = [
    Group::Audience,
    Group::Funnel,
    Group::Money,
    Group::Attribution,
    Group::Donation,
    Group::Maturity,
    Group::Network,
    Group::Costs,
    Group::Time,
    Group::Simulation,
];

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub state: Rc<State>,
    /// Show the presets.
    pub presets: bool,
    /// Show 高级假设.
    pub advanced: bool,
    /// After the channels (on phones: the verdict right where the person is looking).
    #[prop_or_default]
    pub children: Html,
}

/// The inputs: the presets (when `presets`), the reach, the channels, then `children` (the
/// answer card), the other first-screen fields and 高级假设 (when `advanced`).
#[component]
pub fn Inputs(p: &InputsProps) -> Html {
    crate::renders::count("Inputs");
    let s = &p.state;
    let dispatch = use_dispatch();
    let l = s.lang;
    let ch = s.scenario.channel;
    let on_edit = dispatch.reform(|(f, text)| Action::Edit(f, text));
    let field = |f: Field, big: bool, hint: bool| {
        number_field(
            f,
            l,
            s.scenario.value(f),
            s.draft(f),
            &on_edit,
            Look { big, hint },
        )
    };
    let first = first_screen_fields(ch);
    html! {
        <>
            if p.presets {
                { presets_bar(l, s.preset, &dispatch) }
            }
            <h2 id="h-inputs">{ t(l, Key::YourSituation) }</h2>
            { field(first[0], true, false) }
            if s.lock_channel.is_none() {
                { channel_picker(l, ch, &dispatch) }
            }
            { p.children.clone() }
            { for first[1..].iter().map(|&f| field(f, true, false)) }
            if p.advanced {
                <Advanced state={s.clone()} />
            }
        </>
    }
}

/// The six channels as radio buttons, with the chosen one's description.
pub fn channel_picker(l: Lang, chosen: ChannelId, dispatch: &Dispatch) -> Html {
    html! {
        <fieldset class="channels" id="channels" aria-describedby="channel-desc">
            <legend>{ t(l, Key::Channel) }</legend>
            <p class="help">{ t(l, Key::ChannelHelp) }</p>
            <div class="channel-grid">
            { for ChannelId::ALL.iter().map(|&c| {
                let id = format!("ch-{}", c.key());
                let on_pick = dispatch.reform(Action::SetChannel);
                html! {
                    <label class={if c == chosen { "channel chosen" } else { "channel" }} for={id.clone()} key={c.key()}
                        title={l.label(c.description())}>
                        <input type="radio" name="channel" id={id} value={c.key()}
                            checked={c == chosen}
                            onchange={Callback::from(move |_| on_pick.emit(c))} />
                        <span class="name">{ i18n::verdict::channel(c, l) }</span>
                    </label>
                }
            }) }
            </div>
            <p class="channel-desc" id="channel-desc" aria-live="polite">{ l.label(chosen.description()) }</p>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct AdvancedProps {
    pub state: Rc<State>,
}

/// 高级假设: every other assumption of the channel, grouped by topic. Its fields are built only
/// while it is open (or the page is printed): some 35 fields are a third of the page's elements,
/// and building them cost the first load about 100 ms (BENCHMARKS.md).
#[component]
pub fn Advanced(p: &AdvancedProps) -> Html {
    crate::renders::count("Advanced");
    let s = &p.state;
    let l = s.lang;
    let ch = s.scenario.channel;
    let (open, ontoggle) = use_details_open();
    let dispatch = use_dispatch();
    {
        // Print shows the assumptions (the print stylesheet): build them before print layout.
        let open = open.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "beforeprint",
                move |_| open.set(true),
            );
            move || drop(listener)
        });
    }
    let on_edit = dispatch.reform(|(f, text)| Action::Edit(f, text));
    let first = first_screen_fields(ch);
    // 模拟次数 (100–20,000) under 模拟设置: how fine the ranges are is the person's choice.
    let advanced: Vec<Field> = Field::for_channel(ch)
        .chain([Field::Draws])
        .filter(|f| !first.contains(f))
        .collect();
    let look = Look {
        big: false,
        hint: true,
    };
    html! {
        <details class="advanced" id="advanced" {ontoggle} open={*open}>
            <summary>{ t(l, Key::Advanced) }</summary>
            // One wrapper as the only child besides <summary>: Chromium does not draw nodes
            // moved into a closed <details> (the groups change with the channel), while moves
            // inside an ordinary element are drawn.
            <div class="advanced-body">
            <p class="help">{ t(l, Key::AdvancedHelp) }</p>
            if *open {
                { for GROUPS.iter().filter_map(|&g| {
                    let fs: Vec<Field> = advanced.iter().copied().filter(|f| f.meta().group == g).collect();
                    (!fs.is_empty()).then(|| html! {
                        <fieldset class="group" key={g as usize}>
                            <legend>{ group_title(g, l) }</legend>
                            { for fs.into_iter().map(|f| number_field(f, l, s.scenario.value(f), s.draft(f), &on_edit, look)) }
                        </fieldset>
                    })
                }) }
            }
            <button type="button" class="secondary" id="reset"
                onclick={dispatch.reform(|_| Action::Reset)}>{ t(l, Key::Reset) }</button>
            </div>
        </details>
    }
}
