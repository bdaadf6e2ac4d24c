#ifndef OPENAPI_SWIFT_GEN_CMALLOC_SHIM_H
#define OPENAPI_SWIFT_GEN_CMALLOC_SHIM_H
// glibc's allocator settings (`mallopt`), which Swift's Glibc module leaves out.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif
