/*
** api.h: the JSON API's private interface, shared by src/web/api_*.c.
**
** The API under /api/v1/ is one route table (api_route.c) of generic
** handlers for every kind of item (api_item.c), the handlers that are
** not about one kind (api_status.c: statuses, approvals, conflicts,
** prefer, me, the audit log; api_import.c: bulk import of observations)
** and the OpenAPI document generated from the route and entity tables
** (api_openapi.c).  api_json.c holds the helpers they share: errors in
** the API's one format, rows as JSON, and JSON values checked against a
** field exactly as the command line checks its options.
**
** Error replies look like
**   {"error":{"code":1,"name":"invalid","message":"kind: expected ...",
**             "field":"kind"}}
** where code and name come from AccRc (released numbers never change).
*/
#ifndef ACCORD_API_H
#define ACCORD_API_H

#include "web.h"

#define API_LIMIT_DEFAULT 100   /* items per page when ?limit is absent */
#define API_LIMIT_MAX 500       /* the largest ?limit accepted */
#define API_HISTORY_MAX 1000    /* the most audit entries one reply holds */
#define API_IMPORT_ERRORS 20    /* import errors reported, at most */

/* What a route of aApiRoute does: the OpenAPI generator documents each
** route by its operation (aApiDoc runs parallel to aApiRoute). */
typedef enum ApiOp {
  AOP_LIST = 0,        /* GET /KINDS */
  AOP_CREATE,          /* POST /KINDS */
  AOP_GET,             /* GET /KINDS/{id} */
  AOP_PATCH,           /* PATCH /KINDS/{id} */
  AOP_DELETE,          /* DELETE /KINDS/{id} */
  AOP_HISTORY,         /* GET /KINDS/{id}/history */
  AOP_DIALOGUE_STATUS, /* GET /dialogues/{id}/status */
  AOP_GOAL_STATUS,     /* GET /goals/{id}/status */
  AOP_APPROVALS,       /* GET /goals|documents/{id}/approvals */
  AOP_APPROVE,         /* POST /goals|documents/{id}/approve */
  AOP_CONFLICTS,       /* GET /conflicts */
  AOP_PREFER,          /* POST /observations/{id}/prefer */
  AOP_IMPORT,          /* POST /import/observations */
  AOP_ME,              /* GET /me */
  AOP_AUDIT,           /* GET /audit */
  AOP_AUDIT_VERIFY,    /* GET /audit/verify */
  AOP_REPORTS,         /* GET /reports */
  AOP_REPORT_ISSUE,    /* POST /reports */
  AOP_REPORT_APPROVE,  /* POST /report-versions/{id}/approve */
  AOP_PLAN,            /* GET /dialogues/{id}/plan */
  AOP_GOAL_LIFE,       /* GET /goals/{id}/life */
  AOP_STEP_STATE,      /* GET /steps/{id}/state */
  AOP_DIMENSIONS,      /* GET /dialogues/{id}/dimensions */
  AOP_OPENAPI,         /* GET /openapi.json */
  AOP__MAX
} ApiOp;

/* The documentation of one route: its operation and the kind of item it
** is about (-1 if none). */
typedef struct ApiDoc {
  ApiOp eOp;
  int eEnt;
} ApiDoc;
extern const ApiDoc aApiDoc[];   /* parallel to aApiRoute */

/* Reply with an error: HTTP status iStatus, code rc, the field it is
** about (NULL if none), and a message.  The message names the field
** first ("kind: expected ...") when zField is set. */
void api_error(Req *p, int iStatus, AccRc rc, const char *zField,
               const char *zFmt, ...) __attribute__((format(printf, 5, 6)));
/* Reply with the error of a store function that failed with rc and wrote
** zErr ("area_id: no area with id 9"): 400, 404, 409 or 503 by rc, the
** field taken from the message when it names one of entity e. */
void api_store_error(Req *p, int e, AccRc rc, const char *zErr);
/* The HTTP status of an AccRc. */
int api_http_status(AccRc rc);

/* The entity of the request's path: the segment after /api/v1/, a
** plural such as "goals".  The route table guarantees there is one. */
int api_path_entity(Req *p);


/* Convert JSON value pJ for field pF to the text model_value_parse()
** reads, copied into p's arena: strings as they are, numbers in decimal,
** true/false as 1/0 (for yes/no fields only), null as "".  Returns NULL
** with a message in zErr for anything else. */
const char *api_json_text(Req *p, const Field *pF, json_t *pJ, char *zErr,
                          int nErr);
/* Check JSON value pJ for field iField of entity e and store it in *pV:
** model_value_parse(), then store_ref_resolve() for references.  On
** failure writes "FIELD: message" to zErr and returns ACC_INVALID. */
AccRc api_field_value(Req *p, int e, int iField, json_t *pJ, Value *pV,
                      char *zErr, int nErr);

/* Resolve the value z of query parameter zName, a reference to entity
** eRef given as id or code.  Replies 400 naming zName and returns 0 if
** there is no such item the caller may see. */
int64_t api_filter_id(Req *p, const char *zName, int eRef, const char *z);

/* Set the store's actor to the caller, for the audit log and entered_by.
** Every handler that writes calls it first. */
void api_actor(Req *p);

/* Handlers of api_item.c: every kind of item. */
void api_item_list(Req*);
void api_item_get(Req*);
void api_item_create(Req*);
void api_item_patch(Req*);
void api_item_delete(Req*);
void api_item_history(Req*);

/* Handlers of api_status.c. */
void api_goal_status(Req*);
/* The action plan's life (api_plan.c). */
void api_dialogue_plan(Req*);
void api_goal_life(Req*);
void api_step_state(Req*);
/* The dimensions of a dialogue's breakdowns (api_dim.c). */
void api_dialogue_dimensions(Req*);
void api_approvals(Req*);
void api_approve(Req*);
/* Read an approval's signing request from the JSON body into *pR (zeroed
** by the caller): content_hash, and password or key_id and signature.
** If one is missing or malformed, reply 400 naming the field (zHashHow
** is appended to the content_hash message) and return 1. */
struct SignReq;
int api_sign_req(Req *p, struct SignReq *pR, const char *zHashHow);
/* api_report.c */
void api_reports(Req*);
void api_report_issue(Req*);
void api_report_approve(Req*);
void api_conflicts(Req*);
void api_prefer(Req*);
void api_me(Req*);
void api_audit(Req*);
void api_audit_verify(Req*);

/* Handler of api_import.c. */
void api_import_observations(Req*);

/* Handler of api_openapi.c. */
void api_openapi(Req*);
/* What api_openapi.c (the schemas, the document) and api_openapi_paths.c
** (the paths) share: entity e's schema name with zSuffix ("GoalInput"),
** a $ref to zRef, a $ref to the schema zName, a field's schema; the
** paths object and the standard error replies (components/responses). */
const char *oas_schema_name(Req *p, int e, const char *zSuffix);
json_t *oas_ref_schema(const char *zRef);
json_t *oas_schema_ref(Req *p, const char *zName);
json_t *oas_field_schema(const Field *pF, int bInput, int bNull);
json_t *oas_paths(Req *p);
json_t *oas_error_responses(Req *p);

#endif
