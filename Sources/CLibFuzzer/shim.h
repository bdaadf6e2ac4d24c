// libFuzzer's driver, linked in by `-sanitize=fuzzer`. SwiftPM links an executable with its module's
// entry point as `main` (`--defsym main=<module>_main`), which hides libFuzzer's own `main`, so each
// fuzzer's `main.swift` calls the driver itself (and still defines `LLVMFuzzerTestOneInput`, which
// libFuzzer's `main` object, linked all the same, refers to).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
