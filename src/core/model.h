/*
** model.h: the things Accord manages, described as data.
**
** Each kind of thing (dialogue, goal, observation, ...) is an Entity with
** a const table of Fields: name, type, flags, enum names or the entity a
** reference points to, and a line of help.  The store builds its tables'
** statements from these descriptions, the CLI builds its add/set/list/show
** commands and their --help from them, the fixture loader and the exports
** read and write them.  Validation of one value lives here too, so every
** way in (CLI, file import, later the web forms) checks input the same way.
** No I/O, no SQL.
*/
#ifndef ACCORD_MODEL_H
#define ACCORD_MODEL_H

#include <stdint.h>

#include "period.h"
#include "status.h"
#include "text.h"

/* Result codes of expected failures (STYLE.md section 3).  Released
** numbers never change: they are also the JSON error codes. */
typedef enum AccRc {
  ACC_OK = 0,
  ACC_INVALID = 1,     /* bad input: a field, a line of a file */
  ACC_NOTFOUND = 2,    /* no such item */
  ACC_CONFLICT = 3,    /* uniqueness or reference conflict */
  ACC_BUSY = 4,        /* the database is locked */
  ACC_IO = 5,          /* a file could not be read or written */
  ACC_DENIED = 6,      /* the account may not do this (grants, scope) */
  ACC_RC__MAX
} AccRc;
extern const char *const azAccRcName[ACC_RC__MAX];

/* Classification of items (MISSION.md "People and rules"). */
typedef enum Class {
  CLASS_PUBLIC = 0, CLASS_INTERNAL, CLASS_RESTRICTED, CLASS__MAX
} Class;
extern const char *const azClassName[CLASS__MAX + 1];  /* NULL-ended */

/* Types of fields. */
typedef enum FieldType {
  FT_TEXT = 0,   /* free text */
  FT_INT,        /* integer */
  FT_REAL,       /* finite number */
  FT_BOOL,       /* 0 or 1; the CLI accepts yes/no/true/false too */
  FT_DATE,       /* YYYY-MM-DD, stored as that text */
  FT_PERIOD,     /* 2025, 2025-Q3 or 2025-07, stored as that text */
  FT_ENUM,       /* one of azEnum, stored as the name */
  FT_REF,        /* id of an item of entity eRef */
  FT__MAX
} FieldType;
extern const char *const azFieldTypeName[FT__MAX];

#define FF_REQUIRED 0x01   /* must be given when adding */
#define FF_CODE     0x02   /* the item's short unique code */
#define FF_LONG     0x04   /* long text: not shown in list tables */
#define FF_LIST     0x08   /* shown as a column of `list` */
#define FF_AUTO     0x10   /* set by Accord, not by the user */
#define FF_HASH0    0x20   /* added after approvals were signed: left out
                           ** of the content hash while it is 0 or null,
                           ** or the first of its enum (sign.c),
                           ** so that older signatures still hold */

/* One field of an entity. */
typedef struct Field {
  const char *zName;           /* column name and CLI option (--zName) */
  FieldType eType;
  unsigned flags;              /* FF_* */
  const char *const *azEnum;   /* FT_ENUM: NULL-terminated names */
  int eRef;                    /* FT_REF: the Entity referred to */
  const char *zHelp;           /* one line for --help */
} Field;

/* Every kind of item, in dependency order: an entity refers only to
** entities before it (the fixture loader and `export` rely on this). */
typedef enum Entity {
  ENT_SOURCE = 0, ENT_DIALOGUE, ENT_PARTY, ENT_PERSON, ENT_AREA,
  ENT_WG, ENT_WG_MEMBER, ENT_WG_LOG, ENT_BENEFIT, ENT_INDICATOR,
  /* The dimensions of breakdowns a dialogue declares (038_dimension.sql,
  ** model_dim.c), before the observations whose cells name them. */
  ENT_DIMENSION, ENT_DIM_VALUE,
  ENT_OBSERVATION, ENT_GOAL, ENT_GOAL_BENEFIT, ENT_STEP, ENT_MEETING,
  ENT_PARTICIPANT, ENT_DECISION, ENT_DOCUMENT, ENT_RISK, ENT_RELEASE,
  ENT_EVENT, ENT_NARRATIVE,
  /* Cooperation projects (024_projects.sql) and what belongs to them. */
  ENT_PROJECT, ENT_PROJECT_GOAL, ENT_PROJECT_PARTY, ENT_FUNDING,
  ENT_ACTIVITY, ENT_PROJECT_LINK,
  /* The plan's life (027_planlife.sql, model_plan.c). */
  ENT_GOAL_EVENT, ENT_FULFIL, ENT_READINESS, ENT_CROSSWALK,
  ENT__MAX
} Entity;

/* No entity has more fields than this (checked by the unit tests). */
#define MAX_FIELDS 32

/* The description of one entity. */
typedef struct EntityDef {
  const char *zName;     /* CLI noun and JSON key, "goal" */
  const char *zTable;    /* SQL table */
  const char *zTitle;    /* human name, "goal" / "working group" */
  const char *zPlural;   /* fixture and export key, "goals" */
  const Field *aField;   /* the fields, excluding "id" */
  int nField;
  int iDialogue;         /* index of the field naming the dialogue the
                         ** item belongs to directly, or -1 */
  int iLabel;            /* field that names an item for people */
  int iParent;           /* FT_REF field whose item's visibility this item
                         ** inherits (see store.h, viewers), or -1 */
  int bPublish;          /* the public sees the version every party of
                         ** its dialogue approved (src/store/publish.c) */
  const char *zHelp;     /* what the entity is, one line */
} EntityDef;
extern const EntityDef aEntity[ENT__MAX];

/* Names of enums used by fields. */
extern const char *const azDialogueState[];  /* proposed, negotiation, ... */
extern const char *const azMemberRole[];
extern const char *const azLogKind[];
extern const char *const azMeetingKind[];
extern const char *const azMeetingState[];
extern const char *const azDocKind[];
extern const char *const azDocState[];
extern const char *const azRiskLevel[];      /* low, medium, high */
extern const char *const azRiskState[];
extern const char *const azGoalKindEnum[];   /* azGoalKindName, NULL-ended */
extern const char *const azFreqEnum[];       /* azFreqName, NULL-ended */
extern const char *const azAggEnum[];        /* azAggName, NULL-ended */
extern const char *const azProjectState[];   /* proposed, agreed, ... */
extern const char *const azProgressBy[];     /* activities, declared */
extern const char *const azFundingState[];   /* pledged, committed, ... */
extern const char *const azActivityState[];  /* planned, ongoing, ... */
extern const char *const azGoalEventKind[];  /* proposed, adopted, ... */
extern const char *const azCommitment[];     /* none, annual_meeting, ... */

/* A value of one field.  For VAL_TEXT, z points to memory the owner of the
** Value manages (an arena, a statement, a parser's buffer). */
typedef enum ValType { VAL_NULL = 0, VAL_INT, VAL_REAL, VAL_TEXT } ValType;
typedef struct Value {
  ValType eType;
  int64_t i;       /* VAL_INT */
  double r;        /* VAL_REAL */
  const char *z;   /* VAL_TEXT */
} Value;

/* Parse a finite decimal number ("12", "-1.5", "2.5e3"; not hex, inf or
** nan, no spaces).  0 ok, -1 invalid. */
int model_real_parse(const char *z, double *pOut);

/* The label of field zName before translation, into zOut: "_id" and a
** Serbian twin's "_sr" dropped, '_' as ' ', the first letter upper case
** ("Indicator", "Planned on", "Working group"); *pbTwin is 1 for a Serbian
** twin, whose label the caller marks "(Serbian)" (model_label.c). */
void model_label_key(const char *zName, char *zOut, size_t nOut,
                     int *pbTwin);

/* Look an entity up by its CLI name ("goal") or plural ("goals"); -1 if
** none. */
int model_entity_find(const char *zName);
/* Index of field zName of entity e, or -1. */
int model_field_find(int e, const char *zName);
/* 1 if field zName of entity e is a proper name (a person's name): a
** Serbian reader without its Serbian twin sees it as written, unmarked,
** since a name is in no language; other texts are marked "(in English)". */
int model_field_proper(int e, const char *zName);
/* The value of field zName (which must exist) of entity e in the row
** aVal. */
const Value *model_value(int e, const Value *aVal, const char *zName);
/* Index of the FF_CODE field of entity e, or -1. */
int model_code_field(int e);
/* Index of the enum value z in NULL-terminated az, or -1. */
int model_enum_find(const char *const *az, const char *z);

/* The value a field takes when an added item does not give it, as text,
** or NULL: classification "internal" (never public by accident; a
** source's "public", a published document that the public still sees
** only when a published item cites it), the
** first state, compounding yes, other yes/no fields no, aggregation sum. */
const char *model_field_default(int e, int iField);

/* The rules of a row that depend on the day: a meeting held is not dated
** after today, a roadmap step is not done after today, a goal is not
** achieved after today.  (model_row_check() has the rules that do not.)
** ACC_OK, or ACC_INVALID with "field: message" in zErr.  The store runs
** it on every write; `accord verify` names existing rows that fail it. */
AccRc model_row_when(int e, const Value *aVal, Date today, char *zErr,
                     int nErr);

/* Whether every text of row id of entity e is valid UTF-8, for the
** exports, which never write invalid UTF-8 nor drop a field: ACC_OK, or
** ACC_INVALID with "observation 12, note: invalid UTF-8 at character 3
** (byte 0xE8) (...)" in zErr.  (Control characters pass: every export
** format can carry them.) */
AccRc model_row_utf8(int e, int64_t id, const Value *aVal, char *zErr,
                     int nErr);

/* The message for text z that text_check() refused with *pBad: "not
** valid text: " and where, plus a hint when it reads as Windows-1250. */
void model_text_error(const char *z, const TextBad *pBad, char *zErr,
                      int nErr);

/* Convert text z (from a command line or a file) to a Value of field pF.
** FT_REF values that are not decimal numbers are left as VAL_TEXT for the
** caller to resolve as a code.  The empty string is VAL_NULL.  On failure
** writes a message naming what was expected into zErr and returns
** ACC_INVALID.  Text that fails text_check() is refused first, whatever
** the type ("not valid text: invalid UTF-8 at character 3 (byte 0xE8)"). */
AccRc model_value_parse(const Field *pF, const char *z, Value *pOut,
                        char *zErr, int nErr);

/* Check a complete row (aVal[0..nField-1]) of entity e for the rules that
** involve several fields (a goal of kind growth needs an indicator, a
** rate and a baseline period; dates in order, ...).  On failure names the
** field in zErr and returns ACC_INVALID. */
AccRc model_row_check(int e, const Value *aVal, char *zErr, int nErr);

#endif
