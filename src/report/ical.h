/*
** ical.h: iCalendar (RFC 5545) feeds of meetings, goal deadlines and
** roadmap steps (ical.c, on libical).
**
** A feed holds what the store's current viewer may see (store.h,
** store_set_viewer): the caller sets the viewer first, CLASS_PUBLIC for
** the public feed, the reader's clearance for a person's feed, so no item
** above it can reach the feed.  Every entry is an all-day VEVENT (the
** store keeps days, not times):
**
**   meetings      one per meeting with a date (held_on): SUMMARY the
**                 title, LOCATION the place, DESCRIPTION the agenda,
**                 STATUS CONFIRMED (planned, held) or CANCELLED; meetings
**                 without a date are left out
**   deadlines     one per goal with a deadline: "Deadline: TITLE",
**                 TRANSP TRANSPARENT (a deadline does not make anyone busy)
**   roadmap       one per step with a tentative date (planned_on) that is
**                 not ongoing: "Tentative: TITLE", STATUS TENTATIVE;
**                 ongoing steps have no date and are left out
**
** UIDs are stable (KIND-ID@DIALOGUE.accord); DTSTAMP is the time of the
** item's latest change in the audit log and SEQUENCE its number of
** changes since it was added, never the wall clock, so the same data give
** the same bytes and a client's cache stays valid.  CLASS tells the
** item's classification (PUBLIC, PRIVATE for internal, CONFIDENTIAL for
** restricted).  Folding and escaping of values are libical's.
*/
#ifndef ACCORD_ICAL_H
#define ACCORD_ICAL_H

#include <stdint.h>

#include "../store/store.h"
#include "../util/util.h"

/* What went into a feed, and what was left out for want of a date. */
typedef struct IcalCount {
  int nMeeting;        /* VEVENTs of meetings */
  int nDeadline;       /* VEVENTs of goal deadlines */
  int nStep;           /* VEVENTs of roadmap steps */
  int nUndated;        /* meetings without a date, left out */
  int nOngoing;        /* ongoing or undated steps, left out */
} IcalCount;

/* Append the iCalendar feed of dialogue idDialogue (0: every dialogue the
** viewer may see) to *pOut, named zName (X-WR-CALNAME; NULL: the
** dialogue's title, or "Accord" for all).  pCount, if not NULL, receives
** the counts.  ACC_NOTFOUND (with zErr) if idDialogue is not visible. */
AccRc ical_feed(Store *pStore, int64_t idDialogue, const char *zName,
                Buf *pOut, IcalCount *pCount, char *zErr, int nErr);
/* The same with the texts in language eLang (L10N_* of l10n.h): for a
** Serbian reader SUMMARY, DESCRIPTION and the calendar's name and
** description in Serbian, each title by its Serbian twin in the reader's
** script (an English text without one marked "(na engleskom)"); the
** dates, UIDs and codes as in English.  ical_feed() is eLang 0. */
AccRc ical_feed_lang(Store *pStore, int64_t idDialogue, const char *zName,
                     int eLang, Buf *pOut, IcalCount *pCount, char *zErr,
                     int nErr);

/* Parse an iCalendar text with libical's parser and append one line per
** component and property ("VEVENT", "  DTSTART;VALUE=DATE:20250110"), for
** the tests.  ACC_INVALID if it does not parse as one VCALENDAR. */
AccRc ical_dump(const char *zText, Buf *pOut, char *zErr, int nErr);

#endif
