//! The wasm build's allocator: blocks of a power of two bytes (16 B up), one free list per size,
//! carved from the end of linear memory, which grows by whole 64 KiB pages and never shrinks
//! (as with any wasm allocator). It replaces std's dlmalloc (6.9 KB of code) with 0.3 KB.
//! What it costs: a block is up to twice its request, and a freed block serves only its own size
//! again, so memory is the sum of each size's peak: 4.4 MiB after the 460 SummEval, Newsroom and
//! BBC texts (dlmalloc 3.6), 94.9 MiB for a 4 MB article (dlmalloc 60.9), the same again on a
//! second call; no slower (node, same run). Alignment beyond 16 bytes is refused (an allocation
//! error); nothing in the core asks for it. Native builds keep the system allocator; the block
//! logic is tested natively over a plain buffer standing in for linear memory.

/// The smallest block, and the alignment of every block.
const MIN: usize = 16;
/// Block sizes: `MIN << k` for k below this (16 B to 2 GiB).
const CLASSES: usize = 28;

/// The size class of a request: the smallest k with `MIN << k >= size`.
fn class(size: usize) -> usize {
    let n = size.max(MIN);
    (usize::BITS - (n - 1).leading_zeros()) as usize - MIN.trailing_zeros() as usize
}

/// The free lists and the unused tail of memory. Addresses, not pointers: the lists are threaded
/// through the free blocks themselves (each free block's first word is the next one's address).
struct Blocks {
    free: [usize; CLASSES],
    bump: usize,
    end: usize,
}

impl Blocks {
    const fn new() -> Blocks {
        Blocks { free: [0; CLASSES], bump: 0, end: 0 }
    }

    /// A block of at least `size` bytes aligned to `align`; `grow(pages)` adds pages of 64 KiB
    /// at the end of memory and returns the address they start at. 0 when neither can.
    ///
    /// # Safety
    /// Every address `grow` returns, and the blocks carved from them, must be writable memory
    /// that nothing else uses.
    unsafe fn alloc(&mut self, size: usize, align: usize, grow: &mut dyn FnMut(usize) -> Option<usize>) -> usize {
        let k = class(size);
        if align > MIN || k >= CLASSES {
            return 0;
        }
        let head = self.free[k];
        if head != 0 {
            self.free[k] = *(head as *const usize);
            return head;
        }
        let block = MIN << k;
        while self.end - self.bump < block {
            let pages = (block - (self.end - self.bump)).div_ceil(1 << 16);
            let Some(start) = grow(pages) else { return 0 };
            if start != self.end {
                // not contiguous with the tail (the first call): start over there
                self.bump = start;
            }
            self.end = start + (pages << 16);
        }
        let at = self.bump;
        self.bump += block;
        at
    }

    /// Give back a block `alloc` returned for `size` bytes.
    ///
    /// # Safety
    /// `at` must be such a block, not given back already.
    unsafe fn dealloc(&mut self, at: usize, size: usize) {
        let k = class(size);
        *(at as *mut usize) = self.free[k];
        self.free[k] = at;
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::Blocks;
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::UnsafeCell;

    pub struct Heap(UnsafeCell<Blocks>);

    // wasm32-unknown-unknown without the atomics feature has one thread.
    unsafe impl Sync for Heap {}

    fn grow(pages: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then_some(old << 16)
    }

    unsafe impl GlobalAlloc for Heap {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            (*self.0.get()).alloc(l.size(), l.align(), &mut grow) as *mut u8
        }

        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            (*self.0.get()).dealloc(p as usize, l.size())
        }

        unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
            if super::class(size) == super::class(l.size()) {
                return p;
            }
            let q = self.alloc(Layout::from_size_align_unchecked(size, l.align()));
            if !q.is_null() {
                core::ptr::copy_nonoverlapping(p, q, l.size().min(size));
                self.dealloc(p, l);
            }
            q
        }
    }

    #[global_allocator]
    static HEAP: Heap = Heap(UnsafeCell::new(Blocks::new()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let got: Vec<usize> = [0, 1, 16, 17, 32, 33, 1000, 1024, 1025, 1 << 20].iter().map(|&s| class(s)).collect();
        assert_eq!(got, [0, 0, 0, 1, 1, 2, 6, 6, 7, 16]);
    }

    /// Random allocations, frees and grows over a buffer standing in for linear memory: blocks
    /// are aligned, inside memory, never overlap a live block, keep their bytes, and a freed
    /// block of a size is reused before memory grows.
    #[test]
    fn blocks_over_a_buffer() {
        let pages = 256; // 16 MiB
        let mut mem = vec![0u128; pages << 12];
        let base = mem.as_mut_ptr() as usize;
        let base = (base + 0xFFFF) & !0xFFFF;
        let limit = mem.as_ptr() as usize + (pages << 16);
        let mut top = base;
        let mut grows = 0;
        let mut grow = |n: usize| {
            grows += 1;
            (top + (n << 16) <= limit).then(|| {
                top += n << 16;
                top - (n << 16)
            })
        };
        let mut b = Blocks::new();
        let mut live: Vec<(usize, usize, u8)> = Vec::new();
        let mut rng = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        for i in 0..20_000 {
            let r = next();
            if (r % 3 != 0 || live.is_empty()) && live.len() < 300 {
                let size = match r % 7 {
                    0 => (r >> 8) as usize % 70_000,
                    _ => (r >> 8) as usize % 300,
                };
                let at = unsafe { b.alloc(size, 8, &mut grow) };
                assert!(at != 0, "out of memory at step {i}");
                assert_eq!(at % MIN, 0);
                assert!(at >= base && at + size <= limit);
                for &(a, s, _) in &live {
                    assert!(at + size <= a || a + s <= at, "overlap");
                }
                let fill = i as u8;
                unsafe { std::ptr::write_bytes(at as *mut u8, fill, size) };
                live.push((at, size, fill));
            } else {
                let (at, size, fill) = live.swap_remove((r >> 8) as usize % live.len());
                let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, size) };
                assert!(bytes.iter().all(|&x| x == fill), "a block lost its bytes");
                unsafe { b.dealloc(at, size) };
                // the same size again takes the block just freed
                let again = unsafe { b.alloc(size, 4, &mut grow) };
                assert_eq!(again, at);
                unsafe { b.dealloc(again, size) };
            }
        }
        assert!(unsafe { b.alloc(64, 32, &mut grow) } == 0, "alignment over 16 is refused");
        assert!(grows > 0 && grows < 400, "{grows} grows");
    }
}
