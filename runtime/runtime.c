/* runtime.c - Start-up of the runtime types not needed for bootstrap, in
 * dependency order (state.c runs the bootstrap ones first).
 */
#include "../vm/init.h"

int gilt_code_init_types(GiltThread *ts);
int gilt_traceback_init_types(GiltThread *ts);
int gilt_slice_init_types(GiltThread *ts);
int gilt_list_methods_init_types(GiltThread *ts);
int gilt_tuple_methods_init_types(GiltThread *ts);
int gilt_dict_methods_init_types(GiltThread *ts);
int gilt_dictview_init_types(GiltThread *ts);
int gilt_mappingproxy_init_types(GiltThread *ts);
int gilt_set_init_types(GiltThread *ts);
int gilt_range_init_types(GiltThread *ts);
int gilt_iter_init_types(GiltThread *ts);
int gilt_gen_init_types(GiltThread *ts);
int gilt_super_init_types(GiltThread *ts);
int gilt_frameobj_init_types(GiltThread *ts);
int gilt_str_methods_init_types(GiltThread *ts);
int gilt_bytes_init_types(GiltThread *ts);
int gilt_bytearray_init_types(GiltThread *ts);
int gilt_genericalias_init_types(GiltThread *ts);

static int (*const inits[])(GiltThread *) = {
    gilt_code_init_types,
    gilt_traceback_init_types,
    gilt_slice_init_types,
    gilt_list_methods_init_types,
    gilt_tuple_methods_init_types,
    gilt_dict_methods_init_types,
    gilt_dictview_init_types,
    gilt_mappingproxy_init_types,
    gilt_set_init_types,
    gilt_range_init_types,
    gilt_iter_init_types,
    gilt_gen_init_types,
    gilt_super_init_types,
    gilt_frameobj_init_types,
    gilt_str_methods_init_types,
    gilt_bytes_init_types,
    gilt_bytearray_init_types,
    gilt_genericalias_init_types,
};

int gilt_runtime_init_rest(GiltThread *ts) {
    for (size_t i = 0; i < sizeof inits / sizeof inits[0]; i++)
        if (inits[i](ts) < 0)
            return -1;
    return 0;
}
