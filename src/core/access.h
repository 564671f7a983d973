/*
** access.h: roles, and what each role may read and do.
**
** MISSION.md "People and rules": administrator; secretariat of a party;
** co-chair of a party; working-group lead and member; observer (reads
** internal data); the public (no account).  Every page, API call and
** export asks these functions; the store applies the reading rule in its
** own queries (store_set_viewer()), so that nothing a reader may not see
** ever leaves the database.
*/
#ifndef ACCORD_ACCESS_H
#define ACCORD_ACCESS_H

#include <stdint.h>

#include "model.h"

/* Roles, least privileged first.  The store keeps the names. */
typedef enum Role {
  ROLE_PUBLIC = 0,     /* no account */
  ROLE_OBSERVER,       /* reads internal data */
  ROLE_WG_MEMBER,      /* records observations and contacts */
  ROLE_WG_LEAD,        /* also goals, meetings, decisions, members */
  ROLE_COCHAIR,        /* everything of the dialogue; approves for a party */
  ROLE_SECRETARIAT,    /* everything of the dialogue */
  ROLE_ADMIN,          /* everything, and accounts */
  ROLE__MAX
} Role;
extern const char *const azRoleName[ROLE__MAX + 1];   /* NULL-ended */
extern const char *const azRoleLabel[ROLE__MAX];
/* The same as a sentence names it, in small letters ("your role
** (observer) may not do this", "working-group member"). */
extern const char *const azRoleWord[ROLE__MAX];

/* Actions a route or command may need. */
typedef enum Action {
  ACT_READ = 0,       /* read items (further limited by classification) */
  ACT_WRITE,          /* add, change or remove items of an entity */
  ACT_APPROVE,        /* approve an item's publication for one's party */
  ACT_ADMIN,          /* manage accounts and tokens */
  ACT__MAX
} Action;

/* The most secret classification role e may read: public for the public,
** internal for observers and working groups, restricted for co-chairs,
** secretariats and administrators. */
Class access_max_class(Role e);

/* Whether role eRole may perform eAct on entity eEnt (-1: any entity). */
int access_can(Role eRole, Action eAct, int eEnt);

/* Whether entity e is a project or belongs to one (024_projects.sql). */
int access_project_kind(int e);

/* Parse a role name; -1 if unknown. */
int access_role_parse(const char *z);

#endif
