/*
** sdmx.h: indicator observations as SDMX-CSV 2.0 (sdmx.c).
**
** One header row, then one row per observation, RFC 4180 (comma, fields
** with a comma, quote, CR or LF in double quotes, quotes doubled, CRLF
** line ends), UTF-8:
**
**   STRUCTURE      "dataflow"
**   STRUCTURE_ID   ACCORD:DIALOGUE_OBS(1.0.0), SDMX_DATAFLOW below
**   ACTION         "I" (information)
**   DIALOGUE       dimension: the dialogue's code
**   INDICATOR      dimension: the indicator's code
**   SOURCE         dimension: the source's code ("_Z" when none); a
**                  source giving several values for one period (the IPESE
**                  article's 112,000 and 30,000 employees) has one SOURCE
**                  per value, the second and later suffixed "-2", "-3" in
**                  the order they were entered, so every row has its own
**                  key and conflicting values are all kept
**   TIME_PERIOD    dimension: 2025, 2025-Q3 or 2025-07, as stored
**   OBS_VALUE      the value (shortest round-trip decimal)
**   UNIT_MEASURE   attribute: the indicator's unit, as text
**   PREFERRED      attribute: Y if the owner marked this value as the one
**                  that counts for its period, else N
**   CONFLICT       attribute: Y if the period has values that disagree
**   SOURCE_TITLE, SOURCE_PUBLISHER, SOURCE_URL   attributes of the source
**   COMMENT_OBS    attribute: the observation's note
**
** Codes become SDMX identifiers ([A-Za-z0-9_@$-]): any other character,
** such as the '/' of "us-rs/ind/trade-total", becomes '_'.  Rows are in
** the order indicator (by id), period, then entry, and hold only
** what the store's current viewer may see (store_set_viewer): the caller
** sets the viewer first.  The output depends only on the data.
*/
#ifndef ACCORD_SDMX_H
#define ACCORD_SDMX_H

#include <stdint.h>

#include "../store/store.h"
#include "../util/util.h"

#define SDMX_DATAFLOW "ACCORD:DIALOGUE_OBS(1.0.0)"
/* The media type of SDMX-CSV 2.0 data. */
#define SDMX_MEDIA_TYPE "application/vnd.sdmx.data+csv; version=2.0.0"

/* Append the observations of indicator idIndicator (0: every indicator
** of the dialogue), of dialogue idDialogue (0: every dialogue) to *pOut
** as SDMX-CSV 2.0; *pnRow (if not NULL) receives the number of rows after
** the header.  ACC_NOTFOUND (with zErr) if the dialogue or indicator is
** not visible, or the indicator is not of the dialogue. */
AccRc sdmx_export(Store *pStore, int64_t idDialogue, int64_t idIndicator,
                  Buf *pOut, int *pnRow, char *zErr, int nErr);

/* Labels beside the codes (SDMX-CSV 2.0's "labels" option): none (the
** export above), "both" (a component's header "INDICATOR: Indicator", a
** coded value "us-rs_ind_trade-total: Total US-Serbia goods trade"), or
** "name" (a column of names after each component's column, and
** STRUCTURE_NAME after STRUCTURE_ID). */
#define SDMX_LABELS_ID   0
#define SDMX_LABELS_BOTH 1
#define SDMX_LABELS_NAME 2
/* sdmx_export() with labels eLabels in language eLang (L10N_*): the
** catalogue's names of the components, the Serbian names of dialogues
** and indicators where entered (in eLang's script), the sources' titles
** as they are.  The codes and values are those of sdmx_export(). */
AccRc sdmx_export_labels(Store *pStore, int64_t idDialogue,
                         int64_t idIndicator, int eLabels, int eLang,
                         Buf *pOut, int *pnRow, char *zErr, int nErr);

#endif
