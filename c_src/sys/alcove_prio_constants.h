/* clang-format off */
/* Entries are guarded so a name the platform lacks is absent. */
#ifndef ALCOVE_PRIO_CONSTANTS_H
#define ALCOVE_PRIO_CONSTANTS_H

#include <sys/resource.h>

const alcove_constant_t alcove_prio_constants[] = {
#if defined(PRIO_PROCESS)
    {"prio_process", PRIO_PROCESS},
#endif
#if defined(PRIO_PGRP)
    {"prio_pgrp", PRIO_PGRP},
#endif
#if defined(PRIO_USER)
    {"prio_user", PRIO_USER},
#endif
    {NULL, 0}};

#endif
