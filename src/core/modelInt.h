/*
** modelInt.h: what the parts of the model share (model.c,
** model_project.c and model_plan.c); not for other modules.
*/
#ifndef ACCORD_MODELINT_H
#define ACCORD_MODELINT_H

#include "model.h"

/* The fields of the project kinds (model_project.c); the sizes are
** checked by the compiler against the definitions. */
extern const Field aProjectF[21];
extern const Field aProjectGoalF[2];
extern const Field aProjectPartyF[6];
extern const Field aFundingF[9];
extern const Field aActivityF[10];
extern const Field aProjectLinkF[5];

/* The rules of a row of a project kind (model_row_check()): amounts and
** currencies, progress, dates in order, a link to one thing.  ACC_OK, or
** ACC_INVALID with "field: message" in zErr. */
AccRc model_project_check(int e, const Value *aVal, char *zErr, int nErr);

/* The rules of a row of a project kind that depend on the day
** (model_row_when()): nothing actually began or ended after today. */
AccRc model_project_when(int e, const Value *aVal, Date today, char *zErr,
                         int nErr);

/* The rules of the IATI code fields (model_code.c): a party's country
** and organisation identifier, the sectors of an area or a project.
** ACC_OK, or ACC_INVALID with "field: message" in zErr. */
AccRc model_code_check(int e, const Value *aVal, char *zErr, int nErr);

/* The fields of the kinds of the plan's life (model_plan.c). */
extern const Field aGoalEventF[12];
extern const Field aFulfilF[6];
extern const Field aReadinessF[7];
extern const Field aCrosswalkF[4];

/* The rules of a row of a kind of the plan's life (model_row_check()):
** what each life event needs, one thing that fulfils a step, one goal or
** step a criterion names, an area not under itself.  ACC_OK, or
** ACC_INVALID with "field: message" in zErr. */
AccRc model_plan_check(int e, const Value *aVal, char *zErr, int nErr);

/* The fields of the dimensions of breakdowns (model_dim.c). */
extern const Field aDimensionF[6];
extern const Field aDimValueF[5];

/* The rules of a dimension's row (model_row_check()): its name and a
** value are written as a breakdown's cell writes them (breakdown.h).
** ACC_OK, or ACC_INVALID with "field: message" in zErr. */
AccRc model_dim_check(int e, const Value *aVal, char *zErr, int nErr);

#endif
