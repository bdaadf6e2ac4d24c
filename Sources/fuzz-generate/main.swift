// The libFuzzer target over FuzzChecks.generate (see .ci/fuzz.sh).

import CLibFuzzer
import FuzzChecks

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzGenerate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.generate(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzGenerate))
