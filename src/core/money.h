/*
** money.h: amounts of money, exactly.
**
** An amount is written and stored as decimal text ("1500000.00") with a
** currency's ISO 4217 code ("USD"); it is never held in a binary
** floating-point number.  Arithmetic (totals of funding) is done in the
** currency's minor units (cents) as 64-bit integers.  No I/O.
*/
#ifndef ACCORD_MONEY_H
#define ACCORD_MONEY_H

#include <stdint.h>

#include "model.h"

/* The number of decimal places of ISO 4217 currency zCode (2 for USD
** and RSD, 0 for JPY, 3 for KWD), or -1 if zCode is not an active
** ISO 4217 code (three capital letters). */
int money_currency_digits(const char *zCode);

/* Parse decimal amount zAmount of currency zCur into minor units:
** digits, optionally a point and at most the currency's decimal places
** ("1500000", "1500000.5", "1500000.50"); no sign, no exponent, no
** grouping, fewer than 10^14 major units.  ACC_OK, or ACC_INVALID with a
** message (without the field's name) in zErr. */
AccRc money_parse(const char *zAmount, const char *zCur, int64_t *pMinor,
                  char *zErr, int nErr);

/* Write iMinor minor units of currency zCur as "1500000.00" into zOut
** (at least 32 bytes), with the currency's decimal places. */
void money_format(int64_t iMinor, const char *zCur, char *zOut, int nOut);

#endif
