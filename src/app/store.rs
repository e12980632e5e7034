//! The page state in Yew: `use_reducer` over the pure `State::apply`, and its dispatcher shared
//! through a context. The dispatcher is the same for the page's life, so a component that only
//! sends actions never re-renders because of it; what a component shows comes in its props.

use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// `use_reducer` glue over the pure `State::apply`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Store(pub Rc<State>);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = crate::state::reduce(self.0.clone(), action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// The page's one way to change the state, shared through a context (`ContextProvider<Dispatch>`
/// in `App`). Equal to itself across renders: it wraps `use_reducer`'s own dispatcher.
#[derive(Clone, PartialEq)]
pub struct Dispatch(Callback<Action>);

impl Dispatch {
    pub fn new(store: &UseReducerHandle<Store>) -> Dispatch {
        Dispatch(store.dispatcher().into())
    }

    pub fn emit(&self, action: Action) {
        self.0.emit(action)
    }

    /// A callback that sends the action `f` makes of its event.
    pub fn reform<E>(&self, f: impl Fn(E) -> Action + 'static) -> Callback<E> {
        self.0.reform(f)
    }

    /// The dispatcher as a plain callback.
    pub fn callback(&self) -> Callback<Action> {
        self.0.clone()
    }
}

/// The page's dispatcher (outside an `App`, where there is none, one that does nothing).
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().unwrap_or_else(|| Dispatch(Callback::noop()))
}
