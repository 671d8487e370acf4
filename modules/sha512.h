/* sha512.h - SHA-512 (FIPS 180-4), for random.seed() of str and bytes. */
#ifndef GILT_MODULES_SHA512_H
#define GILT_MODULES_SHA512_H

#include <stddef.h>
#include <stdint.h>

// The SHA-512 digest of [len] bytes at [data] into [out].
void gilt_sha512(const void *data, size_t len, uint8_t out[64]);

#endif
