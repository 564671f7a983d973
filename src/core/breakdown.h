/*
** breakdown.h: the cell of a breakdown an observation is (032_breakdown.sql).
**
** A value of an indicator may be one cell of a breakdown of the total: by
** sex, age, region, party or any dimension the data has.  The cell is a
** text of "dimension=value" pairs joined by ";", the dimensions in the
** order of their names, each named once: "age=15-24;sex=female".  A
** dimension's name is a lower-case code (a letter, then letters, digits
** or "_", at most BREAKDOWN_NAME-1 bytes); a value is 1 to
** BREAKDOWN_VALUE-1 bytes of text without ";", "=", control characters
** or spaces at either end.  No cell (NULL or "") is the total, the only
** value the status engine judges (docs/design.md, "Breakdowns").
** Pure computation: no I/O, no allocation.
*/
#ifndef ACCORD_BREAKDOWN_H
#define ACCORD_BREAKDOWN_H

#define BREAKDOWN_MAX   256   /* bytes of a cell's text, NUL included */
#define BREAKDOWN_NAME  33    /* bytes of a dimension's name, NUL included */
#define BREAKDOWN_VALUE 65    /* bytes of a value, NUL included */
#define BREAKDOWN_DIMS  8     /* dimensions of one cell at most */

/* Whether z is a well-formed cell: 0, or -1 with the reason in zErr
** ("dimension 2 (Sex): a name is a lower-case code, e.g. sex"). */
int breakdown_check(const char *z, char *zErr, int nErr);

/* Whether z is a dimension's name (a lower-case code), or a value:
** 0 or -1.  For the declarations of a dialogue's dimensions
** (038_dimension.sql). */
int breakdown_name_ok(const char *z);
int breakdown_value_ok(const char *z);

/* Add dimension zName (any case: it is lowered) with value zValue
** (spaces at either end are dropped) to the cell in zCell (nCell bytes;
** "" for none yet), at its place in name order.  0, or -1 with the
** reason in zErr (a bad name or value, a dimension given twice, too
** long). */
int breakdown_add(char *zCell, int nCell, const char *zName,
                  const char *zValue, char *zErr, int nErr);

/* The next pair of cell *pz, which then points past it: 1 with the name
** and the value copied out, or 0 at the end. */
int breakdown_next(const char **pz, char *zName, int nName, char *zValue,
                   int nValue);

/* The cell for people: "sex: female, age: 15-24" (the pairs in the
** cell's order, ": " and ", " between them), or "total" for none. */
void breakdown_describe(const char *z, char *zOut, int nOut);

#endif
