// Non-variadic wrappers around libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly. One wrapper per use; only Terminal includes this.
#ifndef BACKPROP_CLIBEDIT_SHIM_H
#define BACKPROP_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*bp_prompt_fn)(EditLine *);
typedef unsigned char (*bp_command_fn)(EditLine *, int);

// The prompt function, and the byte that brackets non-printing runs (colour escapes) in the
// prompt so that libedit does not count them as columns.
static inline int bp_el_set_prompt_esc(EditLine *e, bp_prompt_fn f, char ignore) {
    return el_set(e, EL_PROMPT_ESC, f, ignore);
}
static inline int bp_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int bp_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int bp_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *bp_el_get_clientdata(EditLine *e) {
    void *data = NULL;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline int bp_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int bp_el_addfn(EditLine *e, const char *name, const char *help, bp_command_fn f) {
    return el_set(e, EL_ADDFN, name, help, f);
}
static inline int bp_el_bind(EditLine *e, const char *key, const char *command) {
    return el_set(e, EL_BIND, key, command, NULL);
}
// Reads ~/.editrc (or $EDITRC) so users can override bindings.
/* While editing, let Ctrl-C arrive as a key (bound to a function) instead of SIGINT: libedit
   retries an interrupted read, so a signal would only take effect at the next keystroke. */
static inline int bp_el_disable_interrupt_signal(EditLine *e) { return el_set(e, EL_SETTY, "-d", "-isig", NULL); }
static inline int bp_el_source_default(EditLine *e) { return el_source(e, NULL); }
// Terminal width as libedit knows it (kept current on SIGWINCH); 0 if unknown.
static inline int bp_el_get_columns(EditLine *e) {
    int columns = 0;
    if (el_get(e, EL_GETTC, "co", &columns, NULL) != 0) return 0;
    return columns;
}

static inline int bp_history_setsize(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int bp_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int bp_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int bp_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int bp_history_save(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_SAVE, path); }
// Oldest entry, then each newer one (-1 past the newest).
static inline int bp_history_last(History *h, HistEvent *ev) { return history(h, ev, H_LAST); }
static inline int bp_history_prev(History *h, HistEvent *ev) { return history(h, ev, H_PREV); }

#endif
