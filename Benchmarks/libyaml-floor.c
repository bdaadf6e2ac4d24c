/*
 * The "libyaml floor" of the benchmark: the least work any generator that reads YAML with libyaml
 * has to do. Reads FILE whole, then calls yaml_parser_parse until the stream end event, deleting
 * each event and building nothing. Prints the number of events to standard error.
 *
 * Build: cc -O2 -o libyaml-floor libyaml-floor.c -lyaml
 * Usage: libyaml-floor FILE    (exit status 0, or 1 with a message on a read or parse error)
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 1;
    }
    /* Read the whole file first, as the generator does, then parse from memory. */
    size_t capacity = 1 << 20, length = 0, n;
    unsigned char *bytes = malloc(capacity);
    while (bytes != NULL && (n = fread(bytes + length, 1, capacity - length, file)) > 0) {
        length += n;
        if (length == capacity) {
            capacity *= 2;
            unsigned char *grown = realloc(bytes, capacity);
            if (grown == NULL) free(bytes);
            bytes = grown;
        }
    }
    if (bytes == NULL || ferror(file)) {
        fprintf(stderr, "%s: cannot read the file\n", argv[1]);
        fclose(file);
        free(bytes);
        return 1;
    }
    fclose(file);

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "cannot initialize the YAML parser\n");
        free(bytes);
        return 1;
    }
    yaml_parser_set_input_string(&parser, bytes, length);

    unsigned long events = 0;
    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1], (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem != NULL ? parser.problem : "YAML error");
            status = 1;
            break;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    if (status == 0) fprintf(stderr, "%lu events\n", events);
    return status;
}
