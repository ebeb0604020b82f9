"""Prepares Swift's storage for an all-in-one node.

Checks that the device directory keeps user extended attributes (Swift stores
object metadata in them), then builds the rings it is given: part power 10,
one replica, one device ``d1`` on 127.0.0.1 at the given port. One process
does what would otherwise take nine ``swift-ring-builder`` runs.

usage: swift_prepare.py SWIFT_DIR DEVICE_DIR [KIND=PORT ...]
       (KIND is account, container or object)
"""

import os
import sys
import tempfile

import xattr
from swift.common.ring import RingBuilder

PART_POWER = 10
REPLICAS = 1
MIN_PART_HOURS = 1


def check_xattrs(device_dir):
    fd, path = tempfile.mkstemp(dir=device_dir)
    value = b"x" * 254
    try:
        xattr.setxattr(path, "user.swift.metadata", value)
        if xattr.getxattr(path, "user.swift.metadata") != value:
            raise OSError("the attribute read back differs from the one written")
    except OSError as error:
        sys.exit(
            "%s cannot keep user extended attributes (%s); Swift needs them. "
            "Set KAMAKI_REALCLOUD_DIR to a directory on ext4, xfs or btrfs."
            % (device_dir, error)
        )
    finally:
        os.close(fd)
        os.unlink(path)


def build_ring(swift_dir, kind, port):
    builder = RingBuilder(PART_POWER, REPLICAS, MIN_PART_HOURS)
    builder.add_dev(
        {
            "region": 1,
            "zone": 1,
            "ip": "127.0.0.1",
            "port": port,
            "replication_ip": "127.0.0.1",
            "replication_port": port,
            "device": "d1",
            "weight": 100.0,
            "meta": "",
        }
    )
    builder.rebalance()
    builder.save(os.path.join(swift_dir, kind + ".builder"))
    builder.get_ring().save(os.path.join(swift_dir, kind + ".ring.gz"))
    print("built the %s ring (127.0.0.1:%d/d1)" % (kind, port))


def main():
    swift_dir, device_dir = sys.argv[1], sys.argv[2]
    check_xattrs(device_dir)
    for spec in sys.argv[3:]:
        kind, port = spec.split("=", 1)
        if kind not in ("account", "container", "object"):
            sys.exit("unknown ring kind %r" % kind)
        build_ring(swift_dir, kind, int(port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
