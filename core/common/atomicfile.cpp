#include "common/atomicfile.h"

#include "common/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace spinhance {

namespace {

[[noreturn]] void failWriting(const std::string& path, const std::string& field,
                              const std::string& what) {
    throw Error(ErrorCode::Io, what + ": " + std::strerror(errno), {path, 0, field});
}

// POSIX calls rather than std::ofstream: only they can fsync, and without the fsync a power cut
// right after the rename may leave an empty file under the new name on ext4/xfs.
void writeAll(int fd, const std::string& bytes, const std::string& tmp, const std::string& field) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int saved = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            errno = saved;
            failWriting(tmp, field, "cannot write the file");
        }
        done += std::size_t(n);
    }
}

} // namespace

std::string temporaryPathFor(const std::string& path) {
    return path + ".tmp";
}

void writeFileAtomically(const std::string& path, const std::string& bytes,
                         const std::string& field) {
    const std::string tmp = temporaryPathFor(path);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) failWriting(path, field, "cannot write here (does the folder exist?)");
    writeAll(fd, bytes, tmp, field);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int saved = errno;
        ::unlink(tmp.c_str());
        errno = saved;
        failWriting(tmp, field, "cannot flush the file to disk");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmp.c_str());
        errno = saved;
        failWriting(path, field, "cannot replace the file with the new content");
    }
}

} // namespace spinhance
