//! The one sort the model uses for its short lists.

/// Sort a handful of items (six channels, a tornado's bars, a file's keys) in place by
/// insertion, stable: `before(a, b)` says whether `a` goes before `b`. One small loop in the
/// wasm instead of the standard library's quicksort for every place that sorts.
pub fn sort_small<T>(v: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}
