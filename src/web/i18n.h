/*
** i18n.h: the interface in English, Serbian Latin and Serbian Cyrillic.
**
** Messages of the interface go through tr() (web.h): English is the
** message itself; Serbian comes from the one catalogue po/sr-Latn.po, which
** tools/po2c.c turns at build time into two sorted tables, Latin and
** Cyrillic (the Latin text transliterated, src/core/translit.h).  Data
** entered in Serbian goes through tr_text() instead.  How to add and
** update translations: docs/i18n.md.
**
** build/gen/po.c includes this header (and so msgcat.h) alone.
*/
#ifndef ACCORD_I18N_H
#define ACCORD_I18N_H

#include "../util/msgcat.h"   /* TrMsg, the catalogues, i18n_msg() */

struct Req;

/*
** Data entered in Serbian (a name_sr field, say), in the reader's script:
** for sr-Cyrl, Latin text is transliterated to Cyrillic; for sr-Latn and
** for English readers, Cyrillic text is transliterated to Latin.  The
** script of zSerbian is detected (translit_script): text mostly in the
** reader's script is returned as entered, the very pointer.  A new text is
** allocated in the request's arena, freed with it.  NULL gives NULL; with
** p NULL the text is returned as entered.
*/
const char *tr_text(struct Req *p, const char *zSerbian);

/*
** The name of account zName (Account.zName) for the reader: a name that
** is a message of the catalogue (the demo's accounts are named by their
** role: "US co-chair", "Serbian secretariat"; src/cli/cmd_db.c) in the
** reader's language ("Kopredsedavajući za SAD"), any other name, a
** person's, as written.  The same for who made a change (an audit
** entry's actor: a login, or the demo's loader, "demo fixture").  The
** same look-up as tr(); the name is data, so it has its own function.
*/
const char *tr_account(struct Req *p, const char *zName);

/*
** A message of the model or the store (an error written in English into a
** buffer: "value: expected a number, got \"1,5\"") in the reader's
** language, by l10n_err() (src/core/l10n_err.c): its format from the
** catalogue, the fields' labels, the words of the interface.  In the
** request's arena (a copy of zEn for English readers, and zEn as written
** when its format is not known).  NULL gives NULL.
*/
const char *tr_err(struct Req *p, const char *zEn);

#endif
