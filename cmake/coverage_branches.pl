#!/usr/bin/env perl
# Part of the `coverage` target (see AttainCoverage.cmake): gives the lcov file that llvm-cov
# exports one branch record per branch written in the source.
#
#   perl coverage_branches.pl <llvm-cov export -format=text output> <lcov in> <lcov out>
#
# llvm-cov's lcov export lists the branches of every template instantiation (and of every
# function that the several test programs each contain) separately, so that a condition in a
# function template used with 80 types counts 160 times. Its JSON export gives each branch
# with its place in the source (line and column where it starts and ends); this script adds
# up the two outcomes of every branch over all its copies, keyed by that place, and writes
# the lcov file again with one BRDA pair per branch. A condition written inside a macro
# (`if (ATTAIN_UNLIKELY(x))`) is keyed by the place the macro is used and its place in the
# macro; branches of macros nested in macros (the contract checks' own test) are left out.
# Lines and functions are copied as llvm-cov wrote them. Perl and JSON::PP come with lcov.
use strict;
use warnings;
use JSON::PP ();

@ARGV == 3 or die "usage: $0 <coverage.json> <in.info> <out.info>\n";
my ($json_path, $in_path, $out_path) = @ARGV;

my $doc = do {
  open my $fh, '<', $json_path or die "$json_path: $!\n";
  local $/;
  JSON::PP->new->decode(<$fh>);
};

# file => { key => [line, true count, false count] }
my %branches;
sub add_branch {
  my ($file, $line, $key, $true, $false) = @_;
  my $b = $branches{$file}{$key} //= [$line, 0, 0];
  $b->[1] += $true;
  $b->[2] += $false;
}

for my $data (@{$doc->{data}}) {
  for my $file (@{$data->{files}}) {
    my $name = $file->{filename};
    # [line start, column start, line end, column end, true count, false count, file, expanded file, kind]
    for my $b (@{$file->{branches}}) {
      add_branch($name, $b->[0], "$b->[0]:$b->[1]:$b->[2]:$b->[3]", $b->[4], $b->[5]);
    }
    for my $e (@{$file->{expansions}}) {
      my $at = $e->{source_region};
      for my $b (@{$e->{branches}}) {
        my $in = $e->{filenames}[$b->[6]] // '';
        add_branch($name, $at->[0], "$at->[0]:$at->[1]>$in:$b->[0]:$b->[1]:$b->[2]:$b->[3]", $b->[4], $b->[5]);
      }
    }
  }
}

sub branch_records {
  my ($file) = @_;
  my $of = $branches{$file} // {};
  my @keys = sort { $of->{$a}[0] <=> $of->{$b}[0] || $a cmp $b } keys %$of;
  my ($out, $found, $hit, $line, $pair) = ('', 0, 0, -1, 0);
  for my $k (@keys) {
    my ($l, $t, $f) = @{$of->{$k}};
    $pair = $l == $line ? $pair + 1 : 0;
    $line = $l;
    my $taken = $t != 0 || $f != 0;
    $out .= "BRDA:$l,$pair,0," . ($taken ? $t : '-') . "\n";
    $out .= "BRDA:$l,$pair,1," . ($taken ? $f : '-') . "\n";
    $found += 2;
    $hit += ($t != 0) + ($f != 0);
  }
  return $out . "BRF:$found\nBRH:$hit\n";
}

open my $in, '<', $in_path or die "$in_path: $!\n";
open my $out, '>', $out_path or die "$out_path: $!\n";
my $current;
while (my $l = <$in>) {
  if ($l =~ /^SF:(.*)$/) {
    $current = $1;
  } elsif ($l =~ /^(BRDA|BRF|BRH):/) {
    next;
  } elsif ($l =~ /^end_of_record/) {
    print $out branch_records($current) if defined $current;
    undef $current;
  }
  print $out $l;
}
close $out or die "$out_path: $!\n";
