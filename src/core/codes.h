/*
** codes.h: code lists of the IATI fields of the model (026_iati.sql):
** ISO 3166-1 alpha-2 country codes and the OECD DAC 5-digit sector codes
** (IATI sector vocabulary 1), checked by model_row_check() and read by
** the IATI export.  The lists and their sources are in codes.c.
*/
#ifndef ACCORD_CODES_H
#define ACCORD_CODES_H

/* 1 if z is an ISO 3166-1 alpha-2 code (upper case, e.g. "RS"). */
int code_country_ok(const char *z);

/* 1 if z is an active DAC 5-digit sector code (e.g. "11420"). */
int code_dac5_ok(const char *z);

/* The most sector codes a field holds. */
#define CODE_SECTOR_MAX 8

/* Split the sector field z ("11420 15110": codes separated by spaces)
** into azOut[0..n-1], NUL-terminated, and return n; -1 if a word is
** longer than 5 characters or there are more than CODE_SECTOR_MAX.  Does
** not check the codes. */
int code_sector_split(const char *z, char azOut[CODE_SECTOR_MAX][6]);

#endif
