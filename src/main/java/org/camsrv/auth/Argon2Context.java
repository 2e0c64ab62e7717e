package org.camsrv.auth;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * {@code argon2_context} from argon2.h, field for field (uint32_t as int). The allocator callbacks stay
 * null, so the library takes its memory with malloc and wipes it before it frees it.
 */
@Structure.FieldOrder({"out", "outlen", "pwd", "pwdlen", "salt", "saltlen", "secret", "secretlen", "ad", "adlen",
        "t_cost", "m_cost", "lanes", "threads", "version", "allocate_cbk", "free_cbk", "flags"})
public class Argon2Context extends Structure {
    public Pointer out;
    public int outlen;
    public Pointer pwd;
    public int pwdlen;
    public Pointer salt;
    public int saltlen;
    public Pointer secret;
    public int secretlen;
    public Pointer ad;
    public int adlen;
    public int t_cost;
    public int m_cost;
    public int lanes;
    public int threads;
    public int version;
    public Pointer allocate_cbk;
    public Pointer free_cbk;
    public int flags;
}
