/*
 * Runs one command and prints "SECONDS PEAK_KIB EXIT_CODE CPU_SECONDS" on standard output: the wall
 * time from just before the spawn to just after the reap (CLOCK_MONOTONIC, microseconds), the
 * child's peak resident set size (wait4's ru_maxrss, KiB), its exit code (128 + N when killed by
 * signal N) and its CPU time, user + system, all threads.
 * The command's standard input and output are /dev/null and its standard error goes to ERRFILE.
 *
 * Why a C program: Linux counts the memory of the process that calls exec into the child's
 * ru_maxrss, so a command spawned from Python reports at least the Python process's own peak (which
 * is large after it parsed a spec). Spawned from this small program, it reports its own peak.
 *
 * Build: cc -O2 -o measure measure.c
 * Usage: measure ERRFILE COMMAND [ARG...]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s ERRFILE COMMAND [ARG...]\n", argv[0]);
        return 2;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);

    struct timespec start, end;
    pid_t pid;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int error = posix_spawn(&pid, argv[2], &actions, NULL, argv + 2, environ);
    if (error != 0) {
        fprintf(stderr, "%s: %s\n", argv[2], strerror(error));
        return 127;
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("wait4");
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    posix_spawn_file_actions_destroy(&actions);

    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    double cpu = (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
               + (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    printf("%.6f %ld %d %.6f\n", seconds, usage.ru_maxrss, code, cpu);
    return 0;
}
