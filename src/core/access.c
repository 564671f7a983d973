/*
** access.c: the rules of access.h, as tables.
*/
#include "access.h"

#include <string.h>

const char *const azRoleName[ROLE__MAX + 1] = {
  "public", "observer", "wg_member", "wg_lead", "cochair", "secretariat",
  "admin", 0
};
const char *const azRoleLabel[ROLE__MAX] = {
  "Public", "Observer", "Working-group member", "Working-group lead",
  "Co-chair", "Secretariat", "Administrator"
};
const char *const azRoleWord[ROLE__MAX] = {
  "the public", "observer", "working-group member", "working-group lead",
  "co-chair", "secretariat", "administrator"
};

Class access_max_class(Role e){
  switch( e ){
    case ROLE_PUBLIC: return CLASS_PUBLIC;
    case ROLE_OBSERVER:
    case ROLE_WG_MEMBER:
    case ROLE_WG_LEAD: return CLASS_INTERNAL;
    default: return CLASS_RESTRICTED;
  }
}

/* Entities working-group members may write: their own records (values
** and events of indicators, contacts, sources) and their group's
** cooperation projects with all that belongs to them (the scope check,
** store_authorize(), keeps them to their group's). */
static int member_writes(int e){
  return e==ENT_OBSERVATION || e==ENT_EVENT || e==ENT_WG_LOG
      || e==ENT_SOURCE || access_project_kind(e);
}
/* Entities working-group leads may write in addition. */
static int lead_writes(int e){
  return member_writes(e) || e==ENT_GOAL || e==ENT_GOAL_BENEFIT
      || e==ENT_WG_MEMBER || e==ENT_MEETING || e==ENT_PARTICIPANT
      || e==ENT_DECISION || e==ENT_INDICATOR || e==ENT_RISK;
}

int access_project_kind(int e){
  return e==ENT_PROJECT || e==ENT_PROJECT_GOAL || e==ENT_PROJECT_PARTY
      || e==ENT_FUNDING || e==ENT_ACTIVITY || e==ENT_PROJECT_LINK;
}

int access_can(Role eRole, Action eAct, int eEnt){
  switch( eAct ){
    case ACT_READ:
      return 1;
    case ACT_WRITE:
      if( eRole>=ROLE_COCHAIR ) return 1;
      if( eEnt<0 ) return eRole>=ROLE_WG_MEMBER;
      if( eRole==ROLE_WG_LEAD ) return lead_writes(eEnt);
      if( eRole==ROLE_WG_MEMBER ) return member_writes(eEnt);
      return 0;
    case ACT_APPROVE:
      return eRole==ROLE_COCHAIR;
    case ACT_ADMIN:
      return eRole==ROLE_ADMIN;
    default:
      return 0;
  }
}

int access_role_parse(const char *z){
  return z ? model_enum_find(azRoleName, z) : -1;
}
