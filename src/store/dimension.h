/*
** dimension.h: the dimensions a dialogue declares for its breakdowns
** (038_dimension.sql, docs/design.md "Breakdowns"), read from the store:
** the one place that checks a cell against them and the one place that
** names a cell for readers in their language.
**
**   DimSet s;
**   store_dims_load(pStore, idDialogue, &s);
**   store_dims_check(&s, zCell, &zDim, zErr, nErr);   a way in
**   store_dims_describe(&s, zCell, eLang, &arena);    a page, a report
**   store_dims_free(&s);
**
** A cell names only dimensions its dialogue declares; a value of a
** dimension that lists its values is one of them (a dimension without
** values takes any value breakdown.h allows, e.g. age bands).  Readers
** see the declared labels: label_sr for Serbian (in the reader's script),
** else label; a dimension or value without a label shows as written.
** The public reads the approved declarations (pub_dimension): a cell it
** sees that names a dimension or value whose declaration awaits approval
** shows its name and value as written, followed by "(label awaiting
** approval)" in the reader's language, never the unapproved label.
*/
#ifndef ACCORD_DIMENSION_H
#define ACCORD_DIMENSION_H

#include "store.h"

/* One declared value of a dimension. */
typedef struct DimValue {
  int64_t id;             /* the dimension-value item */
  const char *zValue;     /* as a cell writes it, "female" */
  const char *zLabel;     /* "Female" */
  const char *zLabelSr;   /* "Žene", or "" */
  int bPending;           /* declared, not yet approved: the public's set
                          ** holds it without its labels ("") */
  int64_t nUsed;          /* cells naming it (store_dims_count()) */
} DimValue;

/* One declared dimension. */
typedef struct Dim {
  int64_t id;
  const char *zCode;      /* the item's code, "us-rs/dim/sex" */
  const char *zName;      /* as a cell writes it, "sex" */
  const char *zLabel;     /* "Sex" */
  const char *zLabelSr;   /* "Pol", or "" */
  DimValue *aVal;         /* its values, in their order; none: any */
  int nVal;
  int bPending;           /* as DimValue.bPending; its values are then
                          ** not read */
  int64_t nUsed;          /* cells naming it (store_dims_count()) */
} Dim;

/* The declarations of one dialogue. */
typedef struct DimSet {
  int64_t idDialogue;
  Dim *aDim;
  int nDim;
  Arena *pA;         /* where all of it lives: arena, or the caller's */
  Arena arena;
} DimSet;

/* Read the declarations of dialogue idDialogue (0: none) into *pSet, as
** the store's reader sees them (the public: the approved versions), all
** of it in arena pA (a request's), or if pA is NULL in the set's own,
** which store_dims_free() frees.  For the public, the declarations not
** approved yet follow, marked bPending and without labels (so that a cell
** naming one says its label awaits approval); a list for readers skips
** them. */
void store_dims_load(Store *p, int64_t idDialogue, DimSet *pSet,
                     Arena *pA);
/* The same in the set's own arena, whatever the reader may see: for the
** checks of the ways in. */
void store_dims_load_all(Store *p, int64_t idDialogue, DimSet *pSet);
void store_dims_free(DimSet *pSet);

/* Count into nUsed of each dimension and value of pSet how many recorded
** cells of its dialogue's indicators name it, of the cells the store's
** reader sees (the public: those a data release published). */
void store_dims_count(Store *p, DimSet *pSet);

/* The dialogue of indicator idInd (0 if there is none). */
int64_t store_dims_dialogue(Store *p, int64_t idInd);

/* Whether cell zCell (well formed, breakdown.h; NULL or "" the total)
** names only declared dimensions and values: ACC_OK, or ACC_INVALID with
** the message in zErr and *pzDim (if not NULL) pointing to the
** dimension's name in zDimBuf (BREAKDOWN_NAME bytes) that failed. */
AccRc store_dims_check(const DimSet *pSet, const char *zCell, char *zDimBuf,
                       char *zErr, int nErr);

/* The label of dimension zName (zValue NULL) or of its value zValue in
** language eLang (L10N_*), in the reader's script; NULL if not declared
** or without a label.  In pA. */
const char *store_dims_label(const DimSet *pSet, const char *zName,
                             const char *zValue, int eLang, Arena *pA);

/* Cell zCell for readers: "Flow: US exports, Sex: Female" in eLang,
** undeclared names and values as written; a pair whose dimension or
** value awaits approval (bPending) as written with the words saying so,
** "sex: female (label awaiting approval)" (i18n_msg()); "" for the
** total.  In pA. */
const char *store_dims_describe(const DimSet *pSet, const char *zCell,
                                int eLang, Arena *pA);

/* Whether writing row aNew (NULL: removing it) over item id of kind e
** (ENT_DIMENSION or ENT_DIM_VALUE; ACC_OK for any other) would leave
** recorded cells naming what is no longer declared: a dimension or value
** removed, renamed or moved to another dialogue or dimension while cells
** name it.  ACC_CONFLICT with "name: ... is used by N recorded cells"
** in zErr, else ACC_OK. */
AccRc store_dims_guard(Store *p, int e, int64_t id, const Value *aOld,
                       const Value *aNew, char *zErr, int nErr);

/* Declare each dimension and value the recorded cells of each dialogue
** name and it does not declare yet, labelled as written (so that no
** recorded cell becomes invalid when declarations become required: after
** migration 038, after a restore of an older export).  Each declaration
** is an item written with its audit entry.  Returns how many were made,
** or -1 with the reason in zErr. */
int store_dims_declare_found(Store *p, char *zErr, int nErr);

#endif
