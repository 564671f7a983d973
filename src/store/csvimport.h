/*
** csvimport.h: the CSV reader of observations, below the CLI and the web
** (csvimport.c).
**
** `accord import observations FILE.csv` (cli/cmd_import.c), the web's
** upload form and POST /api/v1/import/observations with a text/csv body
** (web/page_import.c, web/api_import.c) read a file through here: RFC
** 4180 CSV whose first line names the columns (indicator, period, value,
** source or source_title and its companions, note, unit, statistics_of),
** UTF-8 or another encoding read through iconv, every row checked by the
** one importer of observations (obsrow.h) under the store's account
** (store_obs_authorize()), all in one transaction: all or nothing.
**
**   CsvImportOpt o;  memset(&o, 0, sizeof(o));  o.zName = "file.csv";
**   o.xError = say;  ...
**   rc = csv_import_file(pStore, in, &o, &res);   or csv_import_bytes()
**
** Each error comes to xError with its line, its column (1 for the first;
** 0 for an error of the whole line) and the column's name; the first
** nMaxErr of them (CSV_IMPORT_ERRORS unless set), all of them counted in
** res.nErr.
*/
#ifndef ACCORD_CSVIMPORT_H
#define ACCORD_CSVIMPORT_H

#include "store.h"

#include <stdio.h>

#define CSV_IMPORT_ERRORS 20   /* errors given to xError, unless set */

/* One error: iLine of the file, iCol (1-based; 0: the line) named zCol
** (NULL when iCol is 0), and the message. */
typedef void (*CsvErrorFn)(void *pArg, int64_t iLine, int iCol,
                           const char *zCol, const char *zMsg);
/* Progress: nBytes of nTotal read (nTotal 0 if unknown), nRow rows;
** bDone at the end. */
typedef void (*CsvProgressFn)(void *pArg, int64_t nBytes, int64_t nTotal,
                              int64_t nRow, int bDone);

typedef struct CsvImportOpt {
  const char *zName;       /* the file's name, for the audit log */
  const char *zEnc;        /* its encoding (iconv's name), NULL for UTF-8 */
  int bDry;                /* check everything, import nothing */
  int nMaxErr;             /* errors given to xError (0: the default) */
  CsvErrorFn xError;
  void *pErrArg;
  CsvProgressFn xProgress; /* or NULL */
  void *pProgArg;
} CsvImportOpt;

typedef struct CsvImportResult {
  int64_t nRow;            /* data rows read */
  int64_t nOk;             /* rows imported (checked, in a dry run) */
  int nErr;                /* errors found, shown or not */
  char zMsg[200];          /* why nothing was tried (ACC_BUSY, ACC_IO) */
} CsvImportResult;

/* Import the CSV file read from in, or the n bytes at z.  ACC_OK when
** every row was imported (or, in a dry run, checked); ACC_INVALID after
** errors (given to xError; nothing imported); ACC_BUSY or ACC_IO with
** res.zMsg when the import could not start. */
AccRc csv_import_file(Store *pStore, FILE *in, const CsvImportOpt *pOpt,
                      CsvImportResult *pRes);
AccRc csv_import_bytes(Store *pStore, const char *z, size_t n,
                       const CsvImportOpt *pOpt, CsvImportResult *pRes);

/* Whether this system can read encoding zEnc (iconv). */
int csv_import_encoding_ok(const char *zEnc);

#endif
